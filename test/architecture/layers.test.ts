import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function imports(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
}

// Data flows one way: channel → bot → conversation (router, dialogs) → intent → knowledge. The lower layers must port to
// another bot SDK untouched.
describe.each(['src/intent', 'src/kb', 'src/calc', 'src/conversation'])('%s', (dir) => {
  it('imports no Bot Framework package and nothing from the layers above it', () => {
    const offending = sources(dir).flatMap((file) =>
      imports(file)
        .filter((source) => /^botbuilder|^botframework|dialogs\/|\/bot\/|\/http\/|\/server/.test(source))
        .map((source) => `${file} imports ${source}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('src/conversation', () => {
  it('imports nothing from the dialogs', () => {
    const offending = sources('src/conversation').flatMap((file) => imports(file).filter((source) => /dialogs\//.test(source)).map((source) => `${file} imports ${source}`));
    expect(offending).toEqual([]);
  });
});

describe('dialogs', () => {
  it('do not import the bot, the HTTP layer or the server', () => {
    const offending = sources('dialogs').flatMap((file) => imports(file).filter((source) => /\/bot\/|\/http\/|\/server/.test(source)).map((source) => `${file} imports ${source}`));
    expect(offending).toEqual([]);
  });
});
