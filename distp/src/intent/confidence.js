"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEATURE_NAMES = void 0;
exports.confidenceOf = confidenceOf;
exports.FEATURE_NAMES = ['score', 'margin', 'phrased', 'whole', 'body', 'matched', 'coverage', 'domainShare', 'length', 'outOfScope'];
function confidenceOf(features, model) {
    let z = model.bias;
    for (const name of exports.FEATURE_NAMES)
        z += model.weights[name] * features[name];
    return 1 / (1 + Math.exp(-z));
}
