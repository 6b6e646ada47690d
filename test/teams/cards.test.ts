import { describe, expect, it } from 'vitest';
import { isOwnCardClick } from '../../src/bot/cardClicks';
import { groupAnswerText, personalChatLink, referencesCard } from '../../src/teams/cards';

const REFERENCES = {
  forms: ['SC-130', 'EJ-130'],
  codes: ['CCP 116.810'],
  sources: [{ label: 'California Courts Self-Help', url: 'https://selfhelp.courts.ca.gov/small-claims' }],
  reviewed: 'December 1, 2026',
};

describe('Teams Adaptive Cards', () => {
  it('puts forms and law in a fact set and the sources on one small line, with no actions in a personal chat', () => {
    const card = referencesCard(REFERENCES);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(card.body[0]).toEqual({ type: 'FactSet', spacing: 'None', facts: [{ title: 'Forms', value: 'SC-130, EJ-130' }, { title: 'Law', value: 'CCP 116.810' }] });
    expect(card.body[1]).toMatchObject({ type: 'TextBlock', wrap: true, size: 'Small', text: 'Source: [California Courts Self-Help](https://selfhelp.courts.ca.gov/small-claims) (reviewed December 1, 2026)' });
    expect(card.actions).toBeUndefined();
    expect(referencesCard({ ...REFERENCES, forms: [], codes: [] }).body.map((element) => element.type)).toEqual(['TextBlock']);
  });

  it('turns follow-ups into messageBack actions the bot recognises as its own', () => {
    const card = referencesCard(REFERENCES, [{ title: '1. When can I start collecting?', value: 'When can I start collecting?' }]);
    const action = card.actions![0] as { type: string; title: string; data: Record<string, unknown> };
    expect(action.type).toBe('Action.Submit');
    expect(action.title).toBe('1. When can I start collecting?');
    expect(action.data.msteams).toEqual({ type: 'messageBack', text: 'When can I start collecting?', displayText: 'When can I start collecting?' });
    expect(isOwnCardClick(action.data)).toBe(true);
    expect(isOwnCardClick({ msteams: { type: 'messageBack' } })).toBe(false);
    expect(isOwnCardClick(undefined)).toBe(false);
  });

  it('gives a group chat the title and first paragraph, and an offer to continue in private', () => {
    const answer = '**Can they take my car?**\n\nUsually not all of it: a car is protected up to a set amount.\n\nMore detail here.\n\nForms: EJ-130';
    const link = personalChatLink('7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(link).toBe('https://teams.microsoft.com/l/chat/0/0?users=28:7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const text = groupAnswerText(answer, link);
    expect(text).toMatch(/^\*\*Can they take my car\?\*\*\n\nUsually not all of it: a car is protected up to a set amount\.\n\n/);
    expect(text).not.toContain('More detail here');
    expect(text).toContain(`[a personal chat with me](${link})`);
    expect(personalChatLink('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(personalChatLink('')).toBeUndefined();
    expect(groupAnswerText(answer, undefined)).toMatch(/continue in a personal chat with me\.$/);
  });
});
