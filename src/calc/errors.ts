/** A calculator needs a figure that figures.yaml does not have (an editing mistake, not a user's). */
export class FigureError extends Error {
  constructor(id: string, problem = 'is missing from knowledge/figures.yaml') {
    super(`[calc] figure "${id}" ${problem}`);
    this.name = 'FigureError';
  }
}

/** Input a person gave that a calculator cannot use; the message is safe to show them. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
