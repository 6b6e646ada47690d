"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectReaction = detectReaction;
exports.isQuestionLike = isQuestionLike;
// Whole-message patterns on normalized text (lowercase, contractions expanded, no punctuation).
const PATTERNS = [
    ['notHelpful', /^(no |nope )?(that|this|it)( answer)? (did not|does not|is not|was not) (help|helpful|help me|what i (asked|meant|wanted|need|needed))( at all)?$|^(not helpful|unhelpful|useless|wrong( answer)?|that is wrong|that is not it|not what i (asked|meant|wanted)|you did not answer( my question)?|that is not my question)$/],
    ['notSure', /^(i do not know|i dunno|dunno|idk|not sure|i am not sure|no idea|i have no idea|no clue|unsure|i do not remember|i forget|i forgot)$/],
    ['yes', /^(yes|yeah|yea|yep|yup|sure|ok(ay)? sure|yes please|please|please do|do it|go ahead|sounds good|si|of course|absolutely|definitely|i do|i would|i want that|let s do it|lets do it|ok(ay)? yes|yes ok(ay)?)$/],
    ['no', /^(no|nope|nah|no thanks|no thank you|not really|not now|not yet|maybe later|i am good|i m good|all good|that all|that is all|nothing else|no more)$/],
    ['ok', /^(ok|okay|k|kk|alright|all right|got it|i see|cool|fine|understood|makes sense|right|good|great|nice|oh|oh ok(ay)?|hmm+|ah ok(ay)?|noted|ok(ay)? cool|wow)$/],
    ['confused', /^(what|huh|what do you mean|i do not understand|i am confused|confused|what does that mean|say that again|come again|sorry what|i do not get it|what is that|can you explain( that)?|explain)$/],
];
function detectReaction(normalized) {
    return PATTERNS.find(([, pattern]) => pattern.test(normalized))?.[0];
}
/** A message that reads as a question ("how…", "can they…", "…?"), not an answer to one. */
function isQuestionLike(text, normalized) {
    return /\?\s*$/.test(text) || /^(how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|may|if|am i|what if)\b/.test(normalized);
}
//# sourceMappingURL=reactions.js.map