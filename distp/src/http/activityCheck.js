"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activityProblem = activityProblem;
exports.toActivity = toActivity;
/**
 * The least an activity must carry for the bot to handle it. botbuilder throws on some of these
 * deep inside a turn (state keys need conversation.id and from.id); checking first turns that into a
 * clear 400 instead of a 500.
 */
function activityProblem(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return 'body must be a JSON object (an activity)';
    const activity = body;
    if (typeof activity.type !== 'string' || !activity.type.trim())
        return 'activity.type is required';
    if (typeof activity.channelId !== 'string' || !activity.channelId.trim())
        return 'activity.channelId is required';
    if (!hasStringId(activity.conversation))
        return 'activity.conversation.id is required';
    if (!hasStringId(activity.from))
        return 'activity.from.id is required';
    if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string')
        return 'activity.text must be a string';
    if (activity.serviceUrl !== undefined && typeof activity.serviceUrl !== 'string')
        return 'activity.serviceUrl must be a string';
    return undefined;
}
function hasStringId(value) {
    return typeof value === 'object' && value !== null && typeof value.id === 'string' && value.id.length > 0;
}
/**
 * The activity as the bot may see it. A few fields botbuilder reads without checking are made safe
 * here, at the edge, rather than guarded in every place that reads them: a non-string `locale` (the
 * prompts call toLowerCase on it) is dropped, and so is a mention entity without a mentioned id or
 * text (Teams mention removal reads both). Timestamps become Dates, as CloudAdapter.process does.
 */
function toActivity(body) {
    const activity = { ...body };
    if (activity.locale !== undefined && typeof activity.locale !== 'string')
        delete activity.locale;
    if (activity.entities !== undefined)
        activity.entities = Array.isArray(activity.entities) ? activity.entities.filter(usableEntity) : [];
    for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']]) {
        const value = activity[field];
        if (typeof value !== 'string')
            continue;
        activity[raw] = value;
        activity[field] = new Date(value);
    }
    return activity;
}
function usableEntity(entity) {
    if (typeof entity !== 'object' || entity === null)
        return false;
    const { type, mentioned, text } = entity;
    if (type !== 'mention')
        return true;
    return hasStringId(mentioned) && typeof text === 'string';
}
//# sourceMappingURL=activityCheck.js.map