import { DateTimePrompt, NumberPrompt, type DateTimeResolution, type PromptValidatorContext } from 'botbuilder-dialogs';
import { normalizeText } from '../src/intent/normalize';
import { detectReaction } from '../src/conversation/reactions';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

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
  return allowed && typeof text === 'string' && detectReaction(normalizeText(text)) === 'notSure';
}

/** A date prompt that accepts only a real past date ("3/3/2026", "March 3", "last Tuesday"). */
export function pastDatePrompt(deps: DialogDependencies): DateTimePrompt {
  return new DateTimePrompt(DIALOG_IDS.date, async (prompt: PromptValidatorContext<DateTimeResolution[]>) =>
    saysNotSure(prompt) || (prompt.recognized.succeeded && pastDate(prompt.recognized.value, todayOf(deps)) !== undefined),
  );
}

/** A number prompt for dollar amounts: positive (or zero when allowed) and no more than a million. */
export function moneyPrompt(): NumberPrompt {
  return new NumberPrompt(DIALOG_IDS.number, async (prompt: PromptValidatorContext<number>) => {
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
