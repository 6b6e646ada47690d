import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The HTTP tests start real servers on loopback ports; keep files in separate workers.
    pool: 'forks',
    testTimeout: 20000,
  },
});
