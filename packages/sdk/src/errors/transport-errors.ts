import { TopError } from "./top-error.js";

/** The call did not finish within `timeoutMs` (connect or total). */
export class TopTimeoutError extends TopError {
  override name = "TopTimeoutError";
}

/** The connection failed: refused, reset, DNS, TLS. `cause` holds the underlying error. */
export class TopConnectionError extends TopError {
  override name = "TopConnectionError";
}

/** The gateway answered with a non-2xx HTTP status. */
export class TopHttpError extends TopError {
  override name = "TopHttpError";
  constructor(
    readonly status: number,
    /** The first bytes of the body, to see what answered (a proxy's HTML page, say). */
    readonly bodyExcerpt: string,
    options?: ErrorOptions,
  ) {
    super(`HTTP ${status} from the TOP gateway: ${bodyExcerpt}`, options);
  }
}

/** The body could not be read as JSON or XML, or lacked the response envelope. */
export class TopParseError extends TopError {
  override name = "TopParseError";
  constructor(
    message: string,
    readonly bodyExcerpt: string,
    options?: ErrorOptions,
  ) {
    super(`${message}: ${bodyExcerpt}`, options);
  }
}
