"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TeamsPresentation = void 0;
const figures_1 = require("../kb/figures");
const render_1 = require("../kb/render");
const cards_1 = require("./cards");
class TeamsPresentation {
    options;
    constructor(options) {
        this.options = options;
    }
    async onTurn(context, next) {
        if (context.activity.channelId === 'msteams') {
            const group = isGroup(context);
            context.onSendActivities(async (_ctx, activities, sendNext) => {
                activities.forEach((activity, index) => {
                    activities[index] = this.present(activity, group);
                });
                return sendNext();
            });
        }
        await next();
    }
    present(activity, group) {
        const id = activity.channelData?.match;
        const entry = id?.kind === 'answer' && id.id ? this.options.kb.byId.get(id.id) : undefined;
        if (!entry || typeof activity.text !== 'string')
            return activity;
        const { references } = (0, render_1.renderAnswer)(entry, this.options.kb.figures);
        const card = (choices) => ({
            contentType: cards_1.ADAPTIVE_CARD_CONTENT_TYPE,
            content: (0, cards_1.referencesCard)({ forms: entry.forms, codes: entry.codes, sources: (0, render_1.sourceLinks)(entry), reviewed: (0, figures_1.formatIsoDate)(entry.reviewed) }, choices),
        });
        const withoutReferences = activity.text.replace(`\n\n${references}`, '');
        if (!group)
            return { ...activity, text: withoutReferences, attachments: [...(activity.attachments ?? []), card([])] };
        const choices = heroButtons(activity).map((button) => ({ title: String(button.title ?? button.value), value: String(button.value ?? button.title) }));
        return { ...activity, text: (0, cards_1.groupAnswerText)(withoutReferences, (0, cards_1.personalChatLink)(this.options.botAppId)), attachments: [card(choices)] };
    }
}
exports.TeamsPresentation = TeamsPresentation;
function isGroup(context) {
    const type = context.activity.conversation?.conversationType;
    return type === 'groupChat' || type === 'channel';
}
function heroButtons(activity) {
    return (activity.attachments ?? []).flatMap((attachment) => (attachment.contentType === 'application/vnd.microsoft.card.hero' ? (attachment.content.buttons ?? []) : []));
}
//# sourceMappingURL=presentation.js.map