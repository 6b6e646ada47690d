/** A knowledge file that cannot be used. The message names the file and the field so an editor can fix it. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`[knowledge] ${file}: ${field ? `${field} ` : ''}${problem}`);
    this.name = 'KnowledgeError';
  }
}
