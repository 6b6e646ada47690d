/**
 * The Teams app icons are drawn once and committed as PNG files (appPackage/color.png, 192×192, an
 * opaque brand-colour square with a white balance scale; appPackage/outline.png, 32×32, the scale in
 * white on transparent, which Teams tints). Antialiased edges keep them smooth at full size. This
 * module reads them and checks what Teams requires, so a replaced file that breaks a rule is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Fewer colours than this in color.png means hard, stair-stepped edges (no antialiasing). */
const MIN_SMOOTH_COLORS = 16;

const APP_PACKAGE_DIR = path.join(__dirname, '..', '..', 'appPackage');

export function readIcon(name: 'color.png' | 'outline.png', dir: string = APP_PACKAGE_DIR): Buffer {
  return readFileSync(path.join(dir, name));
}

export interface IconReport {
  width: number;
  height: number;
  /** PNG colour type from the header (6 = RGBA). */
  colorType: number;
  opaquePixels: number;
  transparentPixels: number;
  /** Pixels that show (alpha > 0) in a colour other than white. */
  nonWhitePixels: number;
  /** Distinct RGBA values: a smooth drawing has many (its antialiased edges). */
  distinctColors: number;
}

export function inspectPng(buffer: Buffer): IconReport {
  const png = PNG.sync.read(buffer);
  let opaquePixels = 0;
  let transparentPixels = 0;
  let nonWhitePixels = 0;
  const colors = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    colors.add(png.data.readUInt32BE(i));
    if (a === 255) opaquePixels++;
    if (a === 0) transparentPixels++;
    else if (!(r === 255 && g === 255 && b === 255)) nonWhitePixels++;
  }
  return { width: png.width, height: png.height, colorType: png.colorType, opaquePixels, transparentPixels, nonWhitePixels, distinctColors: colors.size };
}

/** Problems with color.png, as readable lines; empty when it is 192×192, fully opaque and smooth. */
export function checkColorIcon(buffer: Buffer): string[] {
  const report = inspectPng(buffer);
  const problems: string[] = [];
  if (report.width !== COLOR_ICON_SIZE || report.height !== COLOR_ICON_SIZE) {
    problems.push(`color.png must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}, is ${report.width}×${report.height}`);
  }
  const total = report.width * report.height;
  if (report.opaquePixels !== total) problems.push(`color.png must be fully opaque; ${total - report.opaquePixels} pixels are not`);
  if (report.distinctColors < MIN_SMOOTH_COLORS) problems.push(`color.png looks jagged: only ${report.distinctColors} colours, so its edges are not antialiased`);
  return problems;
}

/** Problems with outline.png; empty when it is 32×32 RGBA, white (any opacity) on a transparent background. */
export function checkOutlineIcon(buffer: Buffer): string[] {
  const report = inspectPng(buffer);
  const problems: string[] = [];
  if (report.width !== OUTLINE_ICON_SIZE || report.height !== OUTLINE_ICON_SIZE) {
    problems.push(`outline.png must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}, is ${report.width}×${report.height}`);
  }
  if (report.nonWhitePixels > 0) problems.push(`outline.png must hold only white and transparent pixels; ${report.nonWhitePixels} show another colour`);
  if (report.transparentPixels === 0) problems.push('outline.png must have a transparent background');
  if (report.opaquePixels === 0) problems.push('outline.png has no solid white pixels: the glyph is missing');
  return problems;
}
