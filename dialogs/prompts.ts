import type { TurnContext } from 'botbuilder';
import { ChoicePrompt, ConfirmPrompt, DateTimePrompt, NumberPrompt, type DateTimeResolution, type FoundChoice, type PromptOptions, type PromptRecognizerResult, type PromptValidator, type PromptValidatorContext } from 'botbuilder-dialogs';
import { AMOUNT_WINDOWS, DATE_CUE, DATE_WINDOWS, NUMBER_CUE, firstWindow } from '../src/calc/recognizerWindows';
import { normalizeText } from '../src/intent/normalize';
import { detectReaction } from '../src/conversation/reactions';
import { messagesFor } from '../src/conversation/messages';
import { choiceReply } from './choiceReply';
import { replyLanguage } from './replyLanguage';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

/**
 * Lets a prompt's recognizer read only the short windows of the reply (see recognizerWindows.ts), once
 * per turn: botbuilder recognizes a reply twice when the prompt sits in a component dialog.
 */
function recognizeBounded<T>(context: TurnContext, kind: string, bounded: (text: string) => string, recognize: () => Promise<T>): Promise<T> {
  const text = context.activity.text;
  const memoKey = `boundedPrompt:${kind}`;
  const memo = context.turnState.get(memoKey) as { text: unknown; result: Promise<T> } | undefined;
  if (memo && memo.text === text) return memo.result;
  if (typeof text === 'string') context.activity.text = bounded(text);
  const result = recognize().finally(() => {
    context.activity.text = text;
  });
  context.turnState.set(memoKey, { text, result });
  return result;
}

const dateReply = (text: string): string => firstWindow(text, DATE_CUE, DATE_WINDOWS);
const numberReply = (text: string): string => firstWindow(text, NUMBER_CUE, AMOUNT_WINDOWS);
// US dates are written month first in both languages ("11/20/2026"); botbuilder's Spanish date
// recognizer reads them day first, so a numeric date in a Spanish reply is read as US English.
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/;

class BoundedDateTimePrompt extends DateTimePrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<DateTimeResolution[]>> {
    const locale = context.activity.locale;
    if (replyLanguage(context) === 'es' && NUMERIC_DATE.test(context.activity.text ?? '')) context.activity.locale = messagesFor('en').locale;
    return recognizeBounded(context, 'date', dateReply, () => super.onRecognize(context, state, options)).finally(() => {
      context.activity.locale = locale;
    });
  }
}

class BoundedNumberPrompt extends NumberPrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<number>> {
    return recognizeBounded(context, 'number', numberReply, () => super.onRecognize(context, state, options));
  }
}

class BoundedChoicePrompt extends ChoicePrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
    return recognizeBounded(context, 'choice', (text) => choiceReply(text, replyLanguage(context)), () => super.onRecognize(context, state, options));
  }
}

class BoundedConfirmPrompt extends ConfirmPrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<boolean>> {
    return recognizeBounded(context, 'confirm', (text) => choiceReply(text, replyLanguage(context)), () => super.onRecognize(context, state, options));
  }
}

/** The choice prompt every dialog uses: it reads only the start of a reply. */
export function choicePrompt(validator?: PromptValidator<FoundChoice>): ChoicePrompt {
  return new BoundedChoicePrompt(DIALOG_IDS.choice, validator);
}

/** The yes/no prompt: it reads only the start of a reply. */
export function confirmPrompt(): ConfirmPrompt {
  return new BoundedConfirmPrompt(DIALOG_IDS.confirm);
}

/** The most recent calendar date in a DateTimePrompt result that is not after today. */
export function pastDate(resolutions: readonly DateTimeResolution[] | undefined, today: string): string | undefined {
  return (resolutions ?? [])
    .map((resolution) => resolution.value ?? resolution.timex)
    .filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= today)
    .sort()
    .pop();
}

interface Validations {
  allowZero?: boolean;
  /** "I don't know" / "not sure" ends the prompt with no value. */
  allowUnknown?: boolean;
}

function saysNotSure(prompt: PromptValidatorContext<unknown>): boolean {
  const allowed = (prompt.options.validations as Validations | undefined)?.allowUnknown === true;
  const text = prompt.context.activity.text;
  return allowed && typeof text === 'string' && detectReaction(normalizeText(text), replyLanguage(prompt.context)) === 'notSure';
}

/** A date prompt that accepts only a real past date ("3/3/2026", "March 3", "last Tuesday"). */
export function pastDatePrompt(deps: DialogDependencies): DateTimePrompt {
  return new BoundedDateTimePrompt(DIALOG_IDS.date, async (prompt: PromptValidatorContext<DateTimeResolution[]>) =>
    saysNotSure(prompt) || (prompt.recognized.succeeded && pastDate(prompt.recognized.value, todayOf(deps)) !== undefined),
  );
}

/** A number prompt for dollar amounts: positive (or zero when allowed) and no more than a million. */
export function moneyPrompt(): NumberPrompt {
  return new BoundedNumberPrompt(DIALOG_IDS.number, async (prompt: PromptValidatorContext<number>) => {
    if (saysNotSure(prompt)) return true;
    const value = prompt.recognized.value;
    const allowZero = (prompt.options.validations as Validations | undefined)?.allowZero === true;
    return prompt.recognized.succeeded && value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= 1_000_000;
  });
}

/** The date a date prompt ended with, or undefined after "not sure". */
export function promptedDate(result: unknown, today: string): string | undefined {
  if (typeof result === 'string') return result;
  return Array.isArray(result) ? pastDate(result as DateTimeResolution[], today) : undefined;
}
