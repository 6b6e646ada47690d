"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PackageError = exports.PACKAGE_FILE_NAMES = void 0;
exports.packageFileName = packageFileName;
exports.buildTeamsPackage = buildTeamsPackage;
/**
 * Builds the Teams app package in memory: manifest from the template, offline schema validation, the
 * two committed icons and their checks, and a zip with manifest.json, color.png and outline.png at its root.
 * Writing the file is left to the caller (scripts/teams-package.ts).
 */
const icons_1 = require("./icons");
const manifest_1 = require("./manifest");
const zip_1 = require("./zip");
exports.PACKAGE_FILE_NAMES = ['manifest.json', 'color.png', 'outline.png'];
/** The zip's file name: a local-testing package says so before anyone opens it. */
function packageFileName(inputs) {
    return inputs.localOnly ? 'small-claims-helper-LOCAL-TESTING-ONLY.zip' : 'small-claims-helper.zip';
}
class PackageError extends Error {
    problems;
    constructor(problems) {
        super(`Teams app package is not valid:\n  - ${problems.join('\n  - ')}`);
        this.problems = problems;
        this.name = 'PackageError';
    }
}
exports.PackageError = PackageError;
function buildTeamsPackage(options) {
    const { inputs, warnings } = (0, manifest_1.resolveInputs)(options.env, options.appVersion);
    const manifest = (0, manifest_1.buildManifest)(options.template, inputs);
    const problems = (0, manifest_1.validateManifest)(manifest, { schemaRoot: options.schemaRoot }).errors;
    const icons = (0, manifest_1.isObject)(manifest.icons) ? manifest.icons : {};
    if (icons.color !== 'color.png')
        problems.push('icons.color: must be "color.png", the file the package holds');
    if (icons.outline !== 'outline.png')
        problems.push('icons.outline: must be "outline.png", the file the package holds');
    const color = options.icons?.color ?? (0, icons_1.readIcon)('color.png');
    const outline = options.icons?.outline ?? (0, icons_1.readIcon)('outline.png');
    problems.push(...(0, icons_1.checkColorIcon)(color), ...(0, icons_1.checkOutlineIcon)(outline));
    if (problems.length > 0)
        throw new PackageError(problems);
    const files = [
        { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
        { name: 'color.png', data: color },
        { name: 'outline.png', data: outline },
    ];
    const zip = (0, zip_1.createZip)(files);
    const names = (0, zip_1.readZip)(zip).map((entry) => entry.name);
    if (names.join() !== exports.PACKAGE_FILE_NAMES.join())
        throw new PackageError([`zip holds ${names.join(', ')} instead of ${exports.PACKAGE_FILE_NAMES.join(', ')}`]);
    return { manifest, inputs, files, zip, fileName: packageFileName(inputs), warnings };
}
//# sourceMappingURL=package.js.map