/** The traffic every HTTP measurement sends: real questions, rotating over 500 conversations. */
export const QUESTIONS = ['how much can I sue for', 'how do I collect my judgment', 'can they take my car'] as const;
export const CONVERSATIONS = 500;

/** The n-th request body: a message activity with deliveryMode "expectReplies". */
export function activityBody(n: number, prefix = 'bench'): string {
  const conversation = n % CONVERSATIONS;
  return JSON.stringify({
    type: 'message',
    id: `${prefix}-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/never-called',
    conversation: { id: `${prefix}-conversation-${conversation}`, isGroup: false, conversationType: 'personal' },
    from: { id: `${prefix}-user-${conversation}`, name: 'Bench' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    text: QUESTIONS[n % QUESTIONS.length],
  });
}

export interface ReplyCheck {
  ok: boolean;
  replies: number;
  firstText: string;
}

/** A 200 whose body carries at least one message reply that is not the turn-error apology. */
export function checkReply(status: number, body: string): ReplyCheck {
  if (status !== 200) return { ok: false, replies: 0, firstText: `HTTP ${status}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, replies: 0, firstText: 'not JSON' };
  }
  const activities = (parsed as { activities?: unknown }).activities;
  if (!Array.isArray(activities)) return { ok: false, replies: 0, firstText: 'no activities' };
  const messages = activities.filter((activity): activity is { type: string; text?: string } => typeof activity === 'object' && activity !== null && (activity as { type?: unknown }).type === 'message');
  const firstText = messages[0]?.text ?? '';
  return { ok: messages.length > 0 && !/something went wrong/i.test(firstText), replies: messages.length, firstText };
}

/** The cheap check used under load, where parsing every body would load the load generator. */
export function looksAnswered(status: number, body: string): boolean {
  return status === 200 && body.includes('"type":"message"') && !body.includes('something went wrong');
}
