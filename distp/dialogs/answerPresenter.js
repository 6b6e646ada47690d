"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnswerPresenter = void 0;
const matchTag_1 = require("./matchTag");
const replies_1 = require("./replies");
/**
 * Sends an entry's answer or a worked-out result and makes it the conversation's current topic, so
 * short follow-ups ("what about my car?", "2", "yes") are read against it. Shared by the main and the
 * guided dialogs.
 */
class AnswerPresenter {
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    entry(id) {
        const entry = this.deps.kb.byId.get(id);
        if (!entry)
            throw new Error(`Knowledge entry "${id}" is missing; the dialogs depend on it.`);
        return entry;
    }
    /**
     * `withFollowUps: false` when a prompt comes next (its choices would clash with numbered
     * follow-ups); `answer: false` only re-offers the entry's follow-ups.
     */
    async present(context, id, tag = { kind: 'answer' }, { withFollowUps = true, answer = true, offerSides = false } = {}) {
        const entry = this.entry(id);
        const profile = await this.deps.userProfile.get(context, {});
        const data = await this.deps.conversationData.get(context, {});
        data.lastEntryId = entry.id;
        data.followUps = withFollowUps ? [...entry.followUps] : [];
        data.clarifying = false;
        data.offer = withFollowUps ? entry.calculator : undefined;
        (0, matchTag_1.setMatchTag)(context, { kind: tag.kind, id: entry.id, ...(tag.score === undefined ? {} : { score: tag.score }) });
        if (answer) {
            await context.sendActivity((0, replies_1.answerActivity)(context, entry, this.deps.kb, profile.role, withFollowUps, offerSides));
        }
        else if (withFollowUps) {
            await context.sendActivity((0, replies_1.followUpsActivity)(context, entry, this.deps.kb, 'Okay. You might also want to know:'));
        }
    }
    /** A worked-out result, remembered for follow-ups ("what was step 2 again?", "and if they pay $100 a month?"). */
    async presentCalculation(context, tagId, answer) {
        const data = await this.deps.conversationData.get(context, {});
        Object.assign(data, answer.remember);
        data.lastEntryId = answer.entryId;
        data.followUps = answer.next.flatMap((step) => ('entryId' in step ? [step.entryId] : []));
        data.clarifying = false;
        data.offer = answer.next.flatMap((step) => ('calculator' in step ? [step.calculator] : []))[0];
        (0, matchTag_1.setMatchTag)(context, { kind: 'dialog', id: tagId });
        await context.sendActivity((0, replies_1.calculationActivity)(context, answer, this.deps.kb));
    }
}
exports.AnswerPresenter = AnswerPresenter;
//# sourceMappingURL=answerPresenter.js.map