/**
 * How answers look in Microsoft Teams, applied to the replies as they leave the bot: the forms, law
 * and sources move into a compact Adaptive Card section, and in group chats and channels the reply is
 * the short answer with an offer to continue in a personal chat, its follow-ups as card actions.
 * Other channels, and replies that are not answers, pass through unchanged.
 */
import type { Activity, CardAction, Middleware, TurnContext } from 'botbuilder';
import { languageOfLocale } from '../conversation/messages';
import { formatIsoDate } from '../kb/figures';
import { inLanguage } from '../kb/load';
import { renderAnswer, sourceLinks } from '../kb/render';
import type { KnowledgeBase } from '../kb/types';
import { ADAPTIVE_CARD_CONTENT_TYPE, groupAnswerText, personalChatLink, referencesCard, type CardChoice } from './cards';

interface AnswerTag {
  match?: { kind?: string; id?: string };
}

export interface TeamsPresentationOptions {
  kb: KnowledgeBase;
  /** The bot's Microsoft App ID, for the "continue in a personal chat" link; empty in local mode. */
  botAppId: string;
}

export class TeamsPresentation implements Middleware {
  constructor(private readonly options: TeamsPresentationOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId === 'msteams') {
      const group = isGroup(context);
      context.onSendActivities(async (_ctx, activities, sendNext) => {
        activities.forEach((activity, index) => {
          activities[index] = this.present(activity, group, activity.locale ?? context.activity.locale);
        });
        return sendNext();
      });
    }
    await next();
  }

  /**
   * `locale`: the reply's (the bot stamps each with its conversation's language), else the message's.
   * The entry is looked up in that language's knowledge, so the references found in the text and the
   * card's words are those of the answer as sent (an entry not yet in Spanish is sent, and carded, in English).
   */
  private present(activity: Partial<Activity>, group: boolean, locale: string | undefined): Partial<Activity> {
    const id = (activity.channelData as AnswerTag | undefined)?.match;
    const kb = inLanguage(this.options.kb, languageOfLocale(locale));
    const entry = id?.kind === 'answer' && id.id ? kb.byId.get(id.id) : undefined;
    if (!entry || typeof activity.text !== 'string') return activity;
    const { references } = renderAnswer(entry, kb.figures);
    const language = entry.language;
    const card = (choices: CardChoice[]) => ({
      contentType: ADAPTIVE_CARD_CONTENT_TYPE,
      content: referencesCard({ forms: entry.forms, codes: entry.codes, sources: sourceLinks(entry), reviewed: formatIsoDate(entry.reviewed, language), language }, choices),
    });
    const withoutReferences = activity.text.replace(`\n\n${references}`, '');
    if (!group) return { ...activity, text: withoutReferences, attachments: [...(activity.attachments ?? []), card([])] };
    const choices = heroButtons(activity).map((button) => ({ title: String(button.title ?? button.value), value: String(button.value ?? button.title) }));
    return { ...activity, text: groupAnswerText(withoutReferences, personalChatLink(this.options.botAppId), language), attachments: [card(choices)] };
  }
}

function isGroup(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel';
}

function heroButtons(activity: Partial<Activity>): CardAction[] {
  return (activity.attachments ?? []).flatMap((attachment) => (attachment.contentType === 'application/vnd.microsoft.card.hero' ? ((attachment.content as { buttons?: CardAction[] }).buttons ?? []) : []));
}
