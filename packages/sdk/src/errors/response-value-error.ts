import { TopParseError } from "./transport-errors.js";

/**
 * A value in TOP's answer cannot be the type the API's doc declares (`"abc"` for a `long`, an object for
 * a `date`, an integer beyond 64 bits): the response is refused rather than a typed field holding it.
 * `path` names the value, e.g. `trade.orders[1].oid`; the body is kept in `bodyExcerpt`, and whole on
 * the client's `onResponse` hook.
 */
export class TopResponseValueError extends TopParseError {
  override name = "TopResponseValueError";

  constructor(
    /** Wire path of the value, e.g. `trade.orders[1].oid`. */
    readonly path: string,
    /** The declared type, e.g. `long`. */
    readonly expected: string,
    /** The value as received, quoted and shortened (or "an object" / "a list"). */
    readonly received: string,
    bodyExcerpt = "",
  ) {
    super(
      `the answer holds a value that is not its declared type at ${path}: expected ${expected}, got ${received}`,
      bodyExcerpt,
    );
  }
}
