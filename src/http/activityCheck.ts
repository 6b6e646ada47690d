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
