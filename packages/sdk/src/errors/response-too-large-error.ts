import { TopError } from "./top-error.js";

/**
 * The answer is larger than the client's `maxResponseBytes`: announced so by its content-length, or
 * found so while its bytes arrived or while it was being inflated. The connection is dropped at that
 * point, so the body is never held whole.
 */
export class TopResponseTooLargeError extends TopError {
  override name = "TopResponseTooLargeError";

  constructor(
    /** The endpoint, without the query string. */
    where: string,
    /** The limit in bytes (`maxResponseBytes`). */
    readonly limit: number,
    /** Where the limit was hit: the announced length, the bytes received, or the inflated bytes. */
    readonly stage: "content-length" | "received" | "inflated",
  ) {
    const what = { "content-length": "announces", received: "sent", inflated: "inflates to" }[stage];
    super(
      `the answer from ${where} ${what} more than ${limit} bytes (maxResponseBytes); raise the client's maxResponseBytes if such answers are expected`,
    );
  }
}
