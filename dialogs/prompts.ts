import { DateTimePrompt, NumberPrompt, type DateTimeResolution, type PromptValidatorContext } from 'botbuilder-dialogs';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

/** The most recent calendar date in a DateTimePrompt result that is not after today. */
export function pastDate(resolutions: readonly DateTimeResolution[] | undefined, today: string): string | undefined {
  return (resolutions ?? [])
    .map((resolution) => resolution.value ?? resolution.timex)
    .filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= today)
    .sort()
    .pop();
}

/** A date prompt that accepts only a real past date ("3/3/2026", "March 3", "last Tuesday"). */
export function pastDatePrompt(deps: DialogDependencies): DateTimePrompt {
  return new DateTimePrompt(DIALOG_IDS.date, async (prompt: PromptValidatorContext<DateTimeResolution[]>) =>
    prompt.recognized.succeeded && pastDate(prompt.recognized.value, todayOf(deps)) !== undefined,
  );
}

/** A number prompt for dollar amounts: positive (or zero when allowed) and no more than a million. */
export function moneyPrompt(): NumberPrompt {
  return new NumberPrompt(DIALOG_IDS.number, async (prompt: PromptValidatorContext<number>) => {
    const value = prompt.recognized.value;
    const allowZero = (prompt.options.validations as { allowZero?: boolean } | undefined)?.allowZero === true;
    return prompt.recognized.succeeded && value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= 1_000_000;
  });
}
