"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.projectRoot = projectRoot;
exports.webAssets = webAssets;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** The project folder (the one with package.json), whether running from src/ with tsx or from dist/. */
function projectRoot(from = __dirname) {
    let dir = from;
    while (!(0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'package.json'))) {
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            throw new Error('package.json not found above ' + from);
        dir = parent;
    }
    return dir;
}
function webAssets(root = projectRoot()) {
    return {
        publicDir: (0, node_path_1.join)(root, 'src', 'http', 'public'),
        // botframework-webchat's "exports" hide dist/ from require.resolve, so locate it on disk.
        webChatBundle: (0, node_path_1.join)(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
    };
}
//# sourceMappingURL=assets.js.map