"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OUTLINE_ICON_SIZE = exports.COLOR_ICON_SIZE = void 0;
exports.readIcon = readIcon;
exports.inspectPng = inspectPng;
exports.checkColorIcon = checkColorIcon;
exports.checkOutlineIcon = checkOutlineIcon;
/**
 * The Teams app icons are drawn once and committed as PNG files (appPackage/color.png, 192×192, an
 * opaque brand-colour square with a white balance scale; appPackage/outline.png, 32×32, the scale in
 * white on transparent, which Teams tints). Antialiased edges keep them smooth at full size. This
 * module reads them and checks what Teams requires, so a replaced file that breaks a rule is refused.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const pngjs_1 = require("pngjs");
exports.COLOR_ICON_SIZE = 192;
exports.OUTLINE_ICON_SIZE = 32;
/** Fewer colours than this in color.png means hard, stair-stepped edges (no antialiasing). */
const MIN_SMOOTH_COLORS = 16;
const APP_PACKAGE_DIR = node_path_1.default.join(__dirname, '..', '..', 'appPackage');
function readIcon(name, dir = APP_PACKAGE_DIR) {
    return (0, node_fs_1.readFileSync)(node_path_1.default.join(dir, name));
}
function inspectPng(buffer) {
    const png = pngjs_1.PNG.sync.read(buffer);
    let opaquePixels = 0;
    let transparentPixels = 0;
    let nonWhitePixels = 0;
    const colors = new Set();
    for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
        colors.add(png.data.readUInt32BE(i));
        if (a === 255)
            opaquePixels++;
        if (a === 0)
            transparentPixels++;
        else if (!(r === 255 && g === 255 && b === 255))
            nonWhitePixels++;
    }
    return { width: png.width, height: png.height, colorType: png.colorType, opaquePixels, transparentPixels, nonWhitePixels, distinctColors: colors.size };
}
/** Problems with color.png, as readable lines; empty when it is 192×192, fully opaque and smooth. */
function checkColorIcon(buffer) {
    const report = inspectPng(buffer);
    const problems = [];
    if (report.width !== exports.COLOR_ICON_SIZE || report.height !== exports.COLOR_ICON_SIZE) {
        problems.push(`color.png must be ${exports.COLOR_ICON_SIZE}×${exports.COLOR_ICON_SIZE}, is ${report.width}×${report.height}`);
    }
    const total = report.width * report.height;
    if (report.opaquePixels !== total)
        problems.push(`color.png must be fully opaque; ${total - report.opaquePixels} pixels are not`);
    if (report.distinctColors < MIN_SMOOTH_COLORS)
        problems.push(`color.png looks jagged: only ${report.distinctColors} colours, so its edges are not antialiased`);
    return problems;
}
/** Problems with outline.png; empty when it is 32×32 RGBA, white (any opacity) on a transparent background. */
function checkOutlineIcon(buffer) {
    const report = inspectPng(buffer);
    const problems = [];
    if (report.width !== exports.OUTLINE_ICON_SIZE || report.height !== exports.OUTLINE_ICON_SIZE) {
        problems.push(`outline.png must be ${exports.OUTLINE_ICON_SIZE}×${exports.OUTLINE_ICON_SIZE}, is ${report.width}×${report.height}`);
    }
    if (report.nonWhitePixels > 0)
        problems.push(`outline.png must hold only white and transparent pixels; ${report.nonWhitePixels} show another colour`);
    if (report.transparentPixels === 0)
        problems.push('outline.png must have a transparent background');
    if (report.opaquePixels === 0)
        problems.push('outline.png has no solid white pixels: the glyph is missing');
    return problems;
}
//# sourceMappingURL=icons.js.map