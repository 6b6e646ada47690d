/**
 * The Teams app icons. `npx tsx scripts/teams-icons.ts [dir]` writes color.png (192×192) and
 * outline.png (32×32, white on transparent) to dir (default appPackage/build/) to look at them;
 * `npm run teams:package` draws them itself. The drawing lives in src/teams/icons.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeColorIcon, makeOutlineIcon } from '../src/teams/icons';

export { checkColorIcon, checkOutlineIcon, inspectPng, makeColorIcon, makeOutlineIcon } from '../src/teams/icons';

/** Writes both icons into dir and returns their paths. */
export function writeIcons(dir: string): { color: string; outline: string } {
  mkdirSync(dir, { recursive: true });
  const color = join(dir, 'color.png');
  const outline = join(dir, 'outline.png');
  writeFileSync(color, makeColorIcon());
  writeFileSync(outline, makeOutlineIcon());
  return { color, outline };
}

if (require.main === module) {
  const written = writeIcons(resolve(process.argv[2] ?? join(__dirname, '..', 'appPackage', 'build')));
  console.log(`wrote ${written.color} and ${written.outline}`);
}
