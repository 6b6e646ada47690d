"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectSmallTalk = detectSmallTalk;
// Whole-message patterns only: "thanks, but how do I garnish wages?" is a question, not small talk.
const PATTERNS = [
    ['startOver', /^(please )?(start (over|again)|restart|reset|new topic|begin again|cancel|start from (the )?(beginning|scratch)|empezar de nuevo)$/],
    ['help', /^(help( me)?|menu|options|what can you do|what do you do|what can i ask( you)?|how does this work|how do i use this|ayuda|\?+)$/],
    ['greeting', /^(hi+|hello+|hey+|hiya|yo|howdy|good (morning|afternoon|evening)|hola|buenos dias|buenas( tardes)?|greetings)( there| bot)?( how are you| how r u| how are u| how is it going| what s up| whats up| sup)?$|^(how are you|how r u|how are u|how is it going|what s up|whats up|sup)( doing| today)?$/],
    ['thanks', /^(thanks?( you)?( so much| very much| a lot)?|thx|ty|tysm|gracias|much appreciated|appreciate it|great thanks|ok thanks|perfect thanks|that helps|that helped|got it thanks)$/],
    // Someone who wants a person, or asks what they are talking to, deserves a straight answer.
    // (A trailing "bot" is already stripped: "are you a bot" arrives as "are you a".)
    ['human', /^(can i |could i |may i |i want to |i need to |i d like to |let me )?(talk|speak|chat) (to|with) (a |an )?(real |actual |live )?(person|human|lawyer|attorney|someone|somebody|agent|representative)( please| now)?$|^(are you|r u|is this)( a| an)?( real)?( robot| human| person| ai| machine| computer| lawyer)?$|^(real person|human please|agent|representative|operator|live agent)$/],
    ['goodbye', /^(bye+|goodbye|good bye|see (you|ya)|later|that s all|thats all|that is all|i m done|im done|done|adios|no more questions)$/],
];
/** Recognises a message that is only a greeting, thanks, a request for help, start over or goodbye. */
function detectSmallTalk(normalized) {
    const text = normalized.replace(/\s+(please|bot)$/, '').trim();
    for (const [kind, pattern] of PATTERNS)
        if (pattern.test(text))
            return kind;
    return undefined;
}
//# sourceMappingURL=smalltalk.js.map