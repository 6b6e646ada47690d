"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MATCHER_SETTINGS = void 0;
exports.DEFAULT_MATCHER_SETTINGS = Object.freeze({
    confidence: {
        bias: 1.702,
        weights: { score: 0.266, margin: 1.654, phrased: 3.004, whole: 0.784, body: -1.241, matched: 1.037, coverage: 0.552, domainShare: 0.282, length: -1.601, outOfScope: 0.669 },
    },
    inScope: {
        bias: -10.335,
        weights: { score: 2.191, margin: 0.843, phrased: 3.351, whole: 1.94, body: -0.507, matched: 0.236, coverage: 2.452, domainShare: 1.975, length: 2.41, outOfScope: -2.979 },
    },
    inScopeAbove: 0.725,
    answerAbove: 0.75,
    tieShare: 0.85,
    followUpBoost: 0.15,
    topicBoost: 0.05,
    roleBoost: 0.12,
    shortQuestionWords: 5,
    maxClarify: 3,
    unknownWordWeight: 0.3,
    phrasingShare: 0.4,
    bodyShare: 0.15,
    scoreExponent: 2,
    storyWeight: 0.5,
    maxMatchChars: 600,
});
