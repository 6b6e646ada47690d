import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpBot, type HttpBot } from '../support/httpBot';

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
  it('uses suggested actions for follow-ups in a personal chat', async () => {
    const [answer] = await bot.turn(teams('personal', 'how do I collect my small claims judgment'), 'teams-personal');
    expect(answer!.match?.kind).toBe('answer');
    expect(answer!.activity.suggestedActions?.actions.length).toBeGreaterThan(1);
  });

  it('stays quiet in a group chat unless mentioned', async () => {
    const replies = await bot.turn(teams('groupChat', 'how do I collect my small claims judgment'), 'teams-group');
    expect(replies).toEqual([]);
  });

  it('answers a mention in a channel, without the mention text, with follow-ups on card buttons', async () => {
    const [answer] = await bot.turn(teams('channel', 'how do I collect my small claims judgment', true), 'teams-channel');
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'collect-judgment', score: 1 });
    expect(answer!.activity.suggestedActions).toBeUndefined();
    expect(answer!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(answer!.choices[0]).toMatch(/^1\. /);
  });

  it('answers "help" with what it can do and example questions', async () => {
    const [help] = await bot.turn(teams('personal', 'help'), 'teams-help');
    expect(help!.text).toContain('California small claims');
    expect(help!.choices.length).toBeGreaterThanOrEqual(3);
  });
});
