"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createZip = createZip;
exports.readZip = readZip;
/**
 * The Teams app package is a zip with its files at the root. fflate writes and reads it; this module
 * only refuses names Teams would reject and pins the timestamps, so the same input gives the same bytes.
 */
const fflate_1 = require("fflate");
// A fixed local date (zip stores local time), so builds are byte-for-byte reproducible anywhere.
const FIXED_MTIME = new Date(2025, 0, 1);
function createZip(entries) {
    const files = {};
    for (const entry of entries) {
        if (!entry.name || entry.name.includes('/') || entry.name.includes('\\') || entry.name.startsWith('.')) {
            throw new Error(`bad zip entry name: "${entry.name}" (files go at the root of the package)`);
        }
        if (entry.name in files)
            throw new Error(`duplicate zip entry: ${entry.name}`);
        files[entry.name] = [new Uint8Array(entry.data), { mtime: FIXED_MTIME }];
    }
    return Buffer.from((0, fflate_1.zipSync)(files, { level: 9 }));
}
/** The entries in the order the zip lists them. */
function readZip(zip) {
    return Object.entries((0, fflate_1.unzipSync)(new Uint8Array(zip))).map(([name, data]) => ({ name, data: Buffer.from(data) }));
}
//# sourceMappingURL=zip.js.map