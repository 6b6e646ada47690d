import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(__filename);

export default defineConfig({
  resolve: {
    // mnemonist exports its modules one by one for require() only; the bot (CommonJS) loads just
    // the one it needs, so point the tests' resolver at the same file.
    alias: [{ find: /^mnemonist\/passjoin-index$/, replacement: require.resolve('mnemonist/passjoin-index') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The HTTP tests start real servers on loopback ports; keep files in separate workers.
    pool: 'forks',
    testTimeout: 20000,
  },
});
