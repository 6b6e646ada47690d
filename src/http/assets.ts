import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder (the one with package.json), whether running from src/ with tsx or from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

export interface WebAssets {
  /** Our own page scripts and styles. */
  publicDir: string;
  /** The official Web Chat bundle, served from the installed npm package (no CDN). */
  webChatBundle: string;
}

export function webAssets(root: string = projectRoot()): WebAssets {
  return {
    publicDir: join(root, 'src', 'http', 'public'),
    // botframework-webchat's "exports" hide dist/ from require.resolve, so locate it on disk.
    webChatBundle: join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
  };
}
