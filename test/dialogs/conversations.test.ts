import { describe, expect, it } from 'vitest';
import { createTestBot, shippedKnowledge, shippedSpanish, type Reply } from '../support/testBot';
import { conversations } from './conversations';
import { conversaciones } from './conversations.es';

function last(replies: Reply[]): Reply {
  expect(replies.length, 'the bot should reply').toBeGreaterThan(0);
  return replies[replies.length - 1]!;
}

// The same conversations in each language: Spanish input gets Spanish replies, stamped es-US.
describe.each([
  { language: 'English', locale: 'en-US', table: conversations },
  { language: 'Spanish', locale: 'es-US', table: conversaciones },
])('Conversations people have with the bot, in $language', ({ locale, table }) => {
  for (const conversation of table) {
    it(conversation.name, async () => {
      const bot = createTestBot();
      for (const [userSays, expected] of conversation.steps) {
        const replies = await bot.say(userSays);
        const shown = replies.map((reply) => reply.text).join('\n---\n');
        for (const reply of replies) expect(reply.match, `every reply to "${userSays}" carries channelData.match`).toBeDefined();
        for (const reply of replies) expect(reply.activity.locale, `the reply to "${userSays}" is stamped with its language`).toBe(locale);
        const answer = expected.id ? replies.find((reply) => reply.match?.id === expected.id) : last(replies);
        expect(answer, `reply to "${userSays}" should be about ${expected.id}; got:\n${shown}\n${JSON.stringify(replies.map((r) => r.match))}`).toBeDefined();
        expect(answer!.match?.kind).toBe(expected.kind);
        for (const fragment of expected.says ?? []) expect(shown).toContain(fragment);
        if (expected.offers) expect(last(replies).choices.join(' | ')).toContain(expected.offers);
        // Answer first: the side question never comes before the answer.
        expect(shown).not.toMatch(/Are you the one owed money, or the one who owes it/);
      }
    });
  }
});

describe('Follow-ups', () => {
  it('offers 2–4 numbered follow-ups with every answer, and a number picks one', async () => {
    const { kb } = shippedKnowledge();
    const bot = createTestBot();
    const [answer] = await bot.say('How do I collect my small claims judgment?');
    const entry = kb.byId.get(answer!.match!.id!)!;
    expect(answer!.choices.length).toBe(entry.followUps.length + (entry.calculator ? 1 : 0));
    expect(answer!.choices[0]).toMatch(/^1\. /);
    const picked = await bot.say('2');
    expect(picked[0]!.match).toMatchObject({ kind: 'answer', id: entry.followUps[1] });
  });

  it('answers a follow-up typed in its own words (what a tap sends)', async () => {
    const { kb } = shippedKnowledge();
    const bot = createTestBot();
    const target = kb.byId.get('bank-levy')!;
    const [reply] = await bot.say(target.question);
    expect(reply!.match).toMatchObject({ kind: 'answer', id: 'bank-levy', score: 1 });
  });

  it('forgets numbered follow-ups after "start over"', async () => {
    const bot = createTestBot();
    await bot.say('How do I collect my small claims judgment?');
    await bot.say('start over');
    const [reply] = await bot.say('1');
    expect(reply!.match?.kind).not.toBe('answer');
  });
});

describe('When the bot is unsure', () => {
  const ambiguous = 'zzz ambiguous question';
  const clarifying = createTestBot({ matcher: {
    match: (text) =>
      text === ambiguous
        ? { candidates: [], decision: { kind: 'clarify', candidates: [{ id: 'bank-levy', score: 0.5 }, { id: 'wage-garnishment', score: 0.48 }] }, confidence: 0.5, inScope: 0.9 }
        : shippedKnowledge().matcher.match(text),
  } });

  it('asks which entry was meant, listing the candidates and "None of these"', async () => {
    const [prompt] = await clarifying.say(ambiguous);
    expect(prompt!.match?.kind).toBe('clarify');
    expect(prompt!.choices).toEqual([
      "How do I take money from the debtor's bank account?",
      "How do I garnish the debtor's wages?",
      'None of these',
    ]);
    const [answer] = await clarifying.say('2');
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'wage-garnishment' });
  });

  it('never asks about the same entries twice: asked again, it answers the best one', async () => {
    await clarifying.say(ambiguous);
    const [again] = await clarifying.say(ambiguous);
    expect(again!.match).toMatchObject({ kind: 'answer', id: 'bank-levy' });
  });

  it('forgets the numbered list once "None of these" is answered', async () => {
    await clarifying.say(ambiguous);
    await clarifying.say('None of these');
    const [reply] = await clarifying.say('2');
    expect(reply!.match?.id).not.toBe('wage-garnishment');
  });

  it('falls back honestly when none of the candidates fit', async () => {
    await clarifying.say(ambiguous);
    const [reply] = await clarifying.say('None of these');
    expect(reply!.match?.kind).toBe('fallback');
    expect(reply!.text).toContain('small claims advisor');
  });
});

describe('Each message is matched once', () => {
  it('runs the matcher exactly once per user turn, inside guided flows and for numbers, small talk and new questions alike', async () => {
    const { matcher } = shippedKnowledge();
    let calls = 0;
    const bot = createTestBot({ matcher: { match: (text, context) => ((calls += 1), matcher.match(text, context)) } });
    const turns = ["I lost and I can't pay the judgment", 'i think maybe around one hundred dollars a month', '100', 'help', 'how do I appeal a small claims judgment', '2', 'thanks', 'yes', 'start over'];
    for (const text of turns) {
      calls = 0;
      const replies = await bot.say(text);
      expect(replies.length, `a reply to "${text}"`).toBeGreaterThan(0);
      expect(calls, `matcher calls for "${text}"`).toBe(1);
    }
  });
});

describe('While working', () => {
  it('shows a typing indicator before the answer when replies go out over the channel', async () => {
    const bot = createTestBot();
    await bot.say('how much can I sue for');
    expect(bot.typingIndicators()).toBe(1);
  });
});

describe('Channels without suggested actions', () => {
  it('puts follow-ups on card buttons in a Teams group chat', async () => {
    const teamsBot = { id: 'bot', name: 'Small Claims Helper' };
    const bot = createTestBot({ reference: { channelId: 'msteams', bot: teamsBot, conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: 'group' } } });
    const mention = '<at>Small Claims Helper</at>';
    const [answer] = await bot.send({ type: 'message', text: `${mention} How do I collect my small claims judgment?`, entities: [{ type: 'mention', text: mention, mentioned: teamsBot }] });
    expect(answer!.activity.suggestedActions).toBeUndefined();
    expect(answer!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(answer!.choices[0]).toMatch(/^1\. /);
  });

  it('uses suggested actions in web chat', async () => {
    const bot = createTestBot({ reference: { channelId: 'webchat' } });
    const [answer] = await bot.say('How do I collect my small claims judgment?');
    expect(answer!.activity.suggestedActions?.actions.length).toBeGreaterThanOrEqual(2);
    expect(answer!.activity.attachments ?? []).toEqual([]);
  });
});

describe('The conversation speaks the person\'s language', () => {
  it('answers "¿hablas español?" in Spanish, and keeps Spanish for a reply too short to tell', async () => {
    const bot = createTestBot();
    const [yes] = await bot.say('¿hablas español?');
    expect(yes!.text).toMatch(/^Sí, hablo español/);
    expect(yes!.activity.locale).toBe('es-US');
    const [ok] = await bot.say('ok');
    expect(ok!.text).toMatch(/^Muy bien/);
    expect(ok!.activity.locale).toBe('es-US');
  });

  it('switches back when asked, and stays switched', async () => {
    const bot = createTestBot();
    await bot.say('hola');
    const [switched] = await bot.say('in English please');
    expect(switched!.activity.locale).toBe('en-US');
    const [ok] = await bot.say('ok');
    expect(ok!.text).toMatch(/^Okay\./);
  });

  it('starts in the channel\'s language when the first message gives nothing to go on', async () => {
    const bot = createTestBot();
    const [reply] = await bot.say('2', 'es-MX');
    expect(reply!.activity.locale).toBe('es-US');
  });

  it('keeps a flow started in Spanish in Spanish: prompts, choices, help and "no sé"', async () => {
    const bot = createTestBot();
    await bot.say('debo un fallo y no lo puedo pagar');
    const help = await bot.say('help');
    expect(help.map((reply) => reply.text).join('\n')).toContain('paso a paso');
    const [next] = await bot.say('no sé');
    expect(next!.text).toContain('¿De cuánto es el fallo?');
  });

  it('reads a Spanish article as a word, not as choice number 1', async () => {
    const bot = createTestBot();
    await bot.say('qué no me puede quitar un acreedor');
    const replies = await bot.say('tengo un carro viejo');
    expect(replies[0]!.match?.id).toBe('exemption-vehicle');
  });

  it('matches a Spanish message once, with the Spanish matcher only', async () => {
    let english = 0;
    let spanish = 0;
    const { matcher } = shippedKnowledge();
    const { matcher: spanishMatcher } = shippedSpanish();
    const bot = createTestBot({
      matcher: { match: (text, context) => ((english += 1), matcher.match(text, context)) },
      spanishMatcher: { match: (text, context) => ((spanish += 1), spanishMatcher.match(text, context)) },
    });
    for (const text of ['no puedo pagar el fallo', '100', 'ayuda', 'gracias']) {
      english = 0;
      spanish = 0;
      await bot.say(text);
      expect([english, spanish], text).toEqual([0, 1]);
    }
  });
});
