import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { startHttpBot, type HttpBot } from '../support/httpBot';

function adaptiveCard(activity: Partial<Activity>): { body: unknown[]; actions?: unknown[] } {
  const attachment = (activity.attachments ?? []).find((each) => each.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!attachment) throw new Error('no Adaptive Card attached');
  return attachment.content as { body: unknown[]; actions?: unknown[] };
}

let bot: HttpBot;
beforeAll(async () => {
  bot = await startHttpBot();
});
afterAll(async () => {
  await bot.close();
});

const teamsBot = { id: '28:small-claims-helper', name: 'Small Claims Helper' };

function teams(conversationType: 'personal' | 'groupChat' | 'channel', text: string, mentioned = false) {
  const mentionText = `<at>${teamsBot.name}</at>`;
  return {
    channelId: 'msteams',
    recipient: teamsBot,
    from: { id: '29:user-1', name: 'Pat', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
    conversation: { id: `19:${conversationType}-thread`, name: '', conversationType, isGroup: conversationType !== 'personal', tenantId: 'tenant-1' },
    text: mentioned ? `${mentionText} ${text}` : text,
    ...(mentioned ? { entities: [{ type: 'mention', text: mentionText, mentioned: teamsBot }] } : {}),
    channelData: { tenant: { id: 'tenant-1' } },
  };
}

describe('Microsoft Teams (msteams channel activities)', () => {
  it('uses suggested actions for follow-ups in a personal chat, with forms, law and sources in a compact card', async () => {
    const [answer] = await bot.turn(teams('personal', 'how do I collect my small claims judgment'), 'teams-personal');
    expect(answer!.match?.kind).toBe('answer');
    expect(answer!.activity.suggestedActions?.actions.length).toBeGreaterThan(1);
    expect(answer!.text).toContain('EJ-130');
    expect(answer!.text, 'the sources line moved into the card').not.toContain('Source: [');
    const card = adaptiveCard(answer!.activity);
    expect(JSON.stringify(card.body)).toMatch(/"title":"Forms","value":"SC-130.*"title":"Law".*Source: \[.+\]\(https:\/\/selfhelp\.courts\.ca\.gov/);
    expect(card.actions ?? []).toEqual([]);
  });

  it('stays quiet in a group chat unless mentioned', async () => {
    const replies = await bot.turn(teams('groupChat', 'how do I collect my small claims judgment'), 'teams-group');
    expect(replies).toEqual([]);
  });

  it('answers a mention in a channel with the short answer, an offer of a personal chat, and follow-ups as card actions', async () => {
    const [answer] = await bot.turn(teams('channel', 'how do I collect my small claims judgment', true), 'teams-channel');
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'collect-judgment', score: 1 });
    expect(answer!.activity.suggestedActions).toBeUndefined();
    expect(answer!.text).toMatch(/^\*\*How do I collect my small claims judgment\?\*\*/);
    expect(answer!.text).toMatch(/continue in a personal chat/);
    expect(answer!.text.length, 'a short answer, not the whole page').toBeLessThan(700);
    const card = adaptiveCard(answer!.activity);
    const actions = (card.actions ?? []) as Array<{ title: string; data: { msteams: { type: string; text: string } } }>;
    expect(actions[0]!.title).toMatch(/^1\. /);
    expect(actions.map((action) => action.data.msteams.type)).toEqual(actions.map(() => 'messageBack'));
    expect(JSON.stringify(card.body)).toContain('EJ-130');

    // Clicking one reaches the bot although it carries no @mention.
    const picked = actions[0]!;
    const [followUp] = await bot.turn({ ...teams('channel', picked.data.msteams.text), value: picked.data }, 'teams-channel');
    expect(followUp!.match?.kind).toBe('answer');
    expect(followUp!.text).toContain(picked.data.msteams.text);
  });

  it('has a command for the person who owes that gets the right answer', async () => {
    const command = teams('personal', "I can't pay the judgment");
    // Its own conversation: the answer may start the hardship plan, which must not leak into other tests.
    const [answer] = await bot.turn({ ...command, conversation: { ...command.conversation, id: '19:debtor-command-thread' } });
    expect(answer!.match?.kind === 'answer' || answer!.match?.kind === 'dialog').toBe(true);
    expect(answer!.text).toMatch(/pay/i);
    expect(answer!.text).not.toMatch(/don't have a good answer/);
  });

  it('answers "help" with what it can do and example questions', async () => {
    const [help] = await bot.turn(teams('personal', 'help'), 'teams-help');
    expect(help!.text).toContain('California small claims');
    expect(help!.choices.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Microsoft Teams in Spanish', () => {
  const inSpanish = (conversationType: 'personal' | 'channel', text: string, mentioned = false) => ({ ...teams(conversationType, text, mentioned), locale: 'es-MX' });

  it('answers a Spanish question in Spanish, with the card in Spanish and no English references', async () => {
    const [answer] = await bot.turn(inSpanish('personal', '¿Cómo cobro mi fallo de reclamos menores?'), 'teams-es-personal');
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'collect-judgment' });
    expect(answer!.activity.locale).toBe('es-US');
    expect(answer!.text).toContain('EJ-130');
    expect(answer!.text, 'the sources line moved into the card').not.toMatch(/Fuente: \[|Source: \[/);
    const card = JSON.stringify(adaptiveCard(answer!.activity).body);
    expect(card).toMatch(/"title":"Formularios","value":"[^"]*EJ-130.*"title":"Ley".*Fuente: \[.+\]\(https:\/\/.+\(revisado el \d+ de [a-z]+ de \d{4}\)/);
    expect(card).not.toMatch(/"Forms"|Source:|reviewed/);
  });

  it('offers the personal chat in Spanish when mentioned in a channel', async () => {
    const [answer] = await bot.turn(inSpanish('channel', '¿Cómo cobro mi fallo de reclamos menores?', true), 'teams-es-channel');
    expect(answer!.match?.kind).toBe('answer');
    expect(answer!.text).toMatch(/continúe en un chat personal conmigo\.$/);
    expect(answer!.text).not.toMatch(/short answer/);
  });

  it('greets in the language of the Teams locale when the message is too short to tell', async () => {
    // Two new conversations: a conversation remembers its language.
    const fresh = (activity: ReturnType<typeof teams>, id: string) => ({ ...activity, conversation: { ...activity.conversation, id } });
    const [spanish] = await bot.turn(fresh(inSpanish('personal', 'ok'), '19:es-locale-thread'));
    const [english] = await bot.turn(fresh(teams('personal', 'ok'), '19:en-locale-thread'));
    expect(spanish!.activity.locale).toBe('es-US');
    expect(english!.activity.locale).toBe('en-US');
    expect(spanish!.text).not.toBe(english!.text);
  });
});
