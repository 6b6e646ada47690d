/**
 * The two Teams app icons, drawn with rectangles and encoded with pngjs: no image files, binaries or
 * network. color.png is 192×192, an opaque brand-colour square with a white scale of justice;
 * outline.png is 32×32, the same scale in white on a transparent background (Teams tints it).
 */
import { PNG } from 'pngjs';

export const BRAND_COLOR = '#1F4E79';
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Rgba = readonly [number, number, number, number];
/** x, y, width, height on a 32×32 grid. */
type Rect = readonly [number, number, number, number];

const WHITE: Rgba = [255, 255, 255, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

/** A balance scale on a 32-unit grid: knob, beam, post, base, two cords and two pans. */
const SCALE_GLYPH: readonly Rect[] = [
  [14, 4, 4, 2], // knob
  [4, 8, 24, 2], // beam
  [15, 6, 2, 20], // post
  [10, 26, 12, 2], // base
  [6, 10, 1, 7], // left cord
  [25, 10, 1, 7], // right cord
  [2, 17, 10, 2], // left pan
  [4, 19, 6, 1], // left pan bowl
  [20, 17, 10, 2], // right pan
  [22, 19, 6, 1], // right pan bowl
];

export function hexToRgba(hex: string): Rgba {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16), 255];
}

function canvas(size: number, fill: Rgba): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let i = 0; i < size * size; i++) png.data.set(fill, i * 4);
  return png;
}

/** Draws the glyph scaled by `scale` pixels per grid unit, its grid origin at (offset, offset). */
function drawGlyph(png: PNG, glyph: readonly Rect[], scale: number, offset: number, color: Rgba): void {
  for (const [gx, gy, gw, gh] of glyph) {
    for (let y = gy * scale; y < (gy + gh) * scale; y++) {
      for (let x = gx * scale; x < (gx + gw) * scale; x++) {
        const px = x + offset;
        const py = y + offset;
        if (px >= 0 && py >= 0 && px < png.width && py < png.height) png.data.set(color, (py * png.width + px) * 4);
      }
    }
  }
}

/** 192×192, fully opaque: brand colour with the scale in white, 112 px wide inside the 192 px square. */
export function makeColorIcon(brandColor: string = BRAND_COLOR): Buffer {
  const png = canvas(COLOR_ICON_SIZE, hexToRgba(brandColor));
  drawGlyph(png, SCALE_GLYPH, 4, (COLOR_ICON_SIZE - 32 * 4) / 2, WHITE);
  return PNG.sync.write(png, { colorType: 6 });
}

/** 32×32 RGBA: white scale, everything else fully transparent. */
export function makeOutlineIcon(): Buffer {
  const png = canvas(OUTLINE_ICON_SIZE, TRANSPARENT);
  drawGlyph(png, SCALE_GLYPH, 1, 0, WHITE);
  return PNG.sync.write(png, { colorType: 6 });
}

export interface IconReport {
  width: number;
  height: number;
  /** PNG colour type from the header (6 = RGBA). */
  colorType: number;
  opaquePixels: number;
  transparentPixels: number;
  /** Pixels neither fully transparent nor opaque white. */
  otherPixels: number;
}

export function inspectPng(buffer: Buffer): IconReport {
  const png = PNG.sync.read(buffer);
  let opaquePixels = 0;
  let transparentPixels = 0;
  let otherPixels = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (a === 255) opaquePixels++;
    if (a === 0) transparentPixels++;
    else if (!(r === 255 && g === 255 && b === 255 && a === 255)) otherPixels++;
  }
  return { width: png.width, height: png.height, colorType: png.colorType, opaquePixels, transparentPixels, otherPixels };
}

/** Problems with color.png, as readable lines; empty when it is 192×192 and fully opaque. */
export function checkColorIcon(buffer: Buffer): string[] {
  const report = inspectPng(buffer);
  const problems: string[] = [];
  if (report.width !== COLOR_ICON_SIZE || report.height !== COLOR_ICON_SIZE) {
    problems.push(`color.png must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}, is ${report.width}×${report.height}`);
  }
  const total = report.width * report.height;
  if (report.opaquePixels !== total) problems.push(`color.png must be fully opaque; ${total - report.opaquePixels} pixels are not`);
  return problems;
}

/** Problems with outline.png; empty when it is 32×32 with only white and fully transparent pixels (and some of each). */
export function checkOutlineIcon(buffer: Buffer): string[] {
  const report = inspectPng(buffer);
  const problems: string[] = [];
  if (report.width !== OUTLINE_ICON_SIZE || report.height !== OUTLINE_ICON_SIZE) {
    problems.push(`outline.png must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}, is ${report.width}×${report.height}`);
  }
  if (report.otherPixels > 0) problems.push(`outline.png must hold only white and transparent pixels; ${report.otherPixels} are neither`);
  if (report.transparentPixels === 0) problems.push('outline.png must have a transparent background');
  if (report.opaquePixels === 0) problems.push('outline.png has no white pixels: the glyph is missing');
  return problems;
}
