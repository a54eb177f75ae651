import { TopTimeoutError } from "../errors/index.js";

/**
 * The end of one attempt's `timeoutMs.total`, covering sending, receiving, inflating and parsing
 * (`Infinity` when the timeout is 0: no deadline, as Java's 0). One place for the check and its wording.
 */
export class Deadline {
  readonly at: number;

  constructor(
    readonly totalMs: number,
    readonly where: string,
  ) {
    this.at = totalMs === 0 ? Number.POSITIVE_INFINITY : performance.now() + totalMs;
  }

  /** Milliseconds left (Infinity without a deadline; 0 once passed). */
  remaining(): number {
    return Math.max(0, this.at - performance.now());
  }

  error(): TopTimeoutError {
    return new TopTimeoutError(`no complete answer from ${this.where} within ${this.totalMs} ms`);
  }

  /** Throws the timeout error once the deadline has passed (a bound function: it is the parser's checkpoint). */
  readonly check = (): void => {
    if (performance.now() >= this.at) throw this.error();
  };
}
