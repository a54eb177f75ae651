/** Exit codes of `topkit` (documented in the README). */
export const EXIT = {
  ok: 0,
  /** TOP answered with an error_response. */
  api: 1,
  /** Bad usage: flags, params, config; or a request that breaks the API's rules (ApiRuleError). */
  usage: 2,
  /** The call did not get an answer: connection, timeout, HTTP status, unreadable body. */
  transport: 3,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
  /** A bug in topkit itself. */
  internal: 70,
} as const;

/**
 * A failure the CLI reports in its own words: one line saying what was wrong, optional detail lines
 * (field: value), and a hint saying what to do. Never carries a stack trace to the user.
 */
export class CliError extends Error {
  override name = "CliError";

  constructor(
    readonly exitCode: number,
    message: string,
    readonly extra: { hint?: string; details?: readonly (readonly [string, string])[] } = {},
  ) {
    super(message);
  }
}

/** A usage error (exit 2). */
export const usageError = (message: string, hint?: string): CliError =>
  new CliError(EXIT.usage, message, hint === undefined ? {} : { hint });
