import type { TurnContext } from 'botbuilder';
import { DateTimePrompt, NumberPrompt, type DateTimeResolution, type PromptOptions, type PromptRecognizerResult, type PromptValidatorContext } from 'botbuilder-dialogs';
import { AMOUNT_WINDOWS, DATE_CUE, DATE_WINDOWS, NUMBER_CUE, boundedText } from '../src/calc/recognizerWindows';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

/** Lets a prompt's recognizer read only the short windows of the reply (see recognizerWindows.ts). */
async function recognizeBounded<T>(context: TurnContext, bounded: (text: string) => string, recognize: () => Promise<T>): Promise<T> {
  const text = context.activity.text;
  if (typeof text === 'string') context.activity.text = bounded(text);
  try {
    return await recognize();
  } finally {
    context.activity.text = text;
  }
}

class BoundedDateTimePrompt extends DateTimePrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<DateTimeResolution[]>> {
    return recognizeBounded(context, (text) => boundedText(text, DATE_CUE, DATE_WINDOWS), () => super.onRecognize(context, state, options));
  }
}

class BoundedNumberPrompt extends NumberPrompt {
  protected override onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<number>> {
    return recognizeBounded(context, (text) => boundedText(text, NUMBER_CUE, AMOUNT_WINDOWS), () => super.onRecognize(context, state, options));
  }
}

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
  return new BoundedDateTimePrompt(DIALOG_IDS.date, async (prompt: PromptValidatorContext<DateTimeResolution[]>) =>
    prompt.recognized.succeeded && pastDate(prompt.recognized.value, todayOf(deps)) !== undefined,
  );
}

/** A number prompt for dollar amounts: positive (or zero when allowed) and no more than a million. */
export function moneyPrompt(): NumberPrompt {
  return new BoundedNumberPrompt(DIALOG_IDS.number, async (prompt: PromptValidatorContext<number>) => {
    const value = prompt.recognized.value;
    const allowZero = (prompt.options.validations as { allowZero?: boolean } | undefined)?.allowZero === true;
    return prompt.recognized.succeeded && value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= 1_000_000;
  });
}
