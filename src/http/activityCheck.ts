import type { Activity } from 'botbuilder';

/**
 * The least an activity must carry for the bot to handle it. botbuilder throws on some of these
 * deep inside a turn (state keys need conversation.id and from.id); checking first turns that into a
 * clear 400 instead of a 500.
 */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object (an activity)';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || !activity.type.trim()) return 'activity.type is required';
  if (typeof activity.channelId !== 'string' || !activity.channelId.trim()) return 'activity.channelId is required';
  if (!hasStringId(activity.conversation)) return 'activity.conversation.id is required';
  if (!hasStringId(activity.from)) return 'activity.from.id is required';
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string') return 'activity.text must be a string';
  if (activity.serviceUrl !== undefined && typeof activity.serviceUrl !== 'string') return 'activity.serviceUrl must be a string';
  return undefined;
}

function hasStringId(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id.length > 0;
}

/**
 * The activity as the bot may see it. A few fields botbuilder reads without checking are made safe
 * here, at the edge, rather than guarded in every place that reads them: a non-string `locale` (the
 * prompts call toLowerCase on it) is dropped, and so is a mention entity without a mentioned id or
 * text (Teams mention removal reads both). Timestamps become Dates, as CloudAdapter.process does.
 */
export function toActivity(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  if (activity.locale !== undefined && typeof activity.locale !== 'string') delete activity.locale;
  if (activity.entities !== undefined) activity.entities = Array.isArray(activity.entities) ? activity.entities.filter(usableEntity) : [];
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    activity[raw] = value;
    activity[field] = new Date(value);
  }
  return activity as unknown as Activity;
}

function usableEntity(entity: unknown): boolean {
  if (typeof entity !== 'object' || entity === null) return false;
  const { type, mentioned, text } = entity as { type?: unknown; mentioned?: unknown; text?: unknown };
  if (type !== 'mention') return true;
  return hasStringId(mentioned) && typeof text === 'string';
}
