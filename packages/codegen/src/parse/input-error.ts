/**
 * A doc input that cannot be read: says which file and what is wrong, in one line, for `<file>: <reason>`.
 * Everything a parser rejects goes through this class, so no bad input ever ends in a stack trace.
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
