// Every error the SDK throws, in one family: TopError and its subclasses, so callers catch TOP failures with
// one `instanceof TopError` and tell them apart by class.

/** Base of every error the SDK throws, so callers can catch TOP failures with one `instanceof`. */
export class TopError extends Error {
  override name = "TopError";
}

/**
 * A request broke a rule from the API's doc before anything was sent (Java's `ApiRuleException`):
 * code `"40"` when a required parameter is missing, `"41"` when a value breaks a type or limit.
 */
export class ApiRuleError extends TopError {
  override name = "ApiRuleError";

  constructor(
    /** `"40"` missing required argument, `"41"` invalid argument (as TOP's own codes). */
    readonly errorCode: "40" | "41",
    /** Wire path of the parameter, e.g. `req.data` or `items[2].sku_id`. */
    readonly param: string,
    /** What was expected, e.g. `required` or `at most 64 characters`. */
    readonly reason: string,
  ) {
    super(`${param}: ${reason} (${errorCode})`);
  }
}

export interface TopApiErrorFields {
  code: string;
  msg?: string | undefined;
  subCode?: string | undefined;
  subMsg?: string | undefined;
  requestId?: string | undefined;
}

/** TOP answered with an `error_response` (thrown only with `throwOnApiError: true`). */
export class TopApiError extends TopError {
  override name = "TopApiError";
  readonly code: string;
  readonly msg: string | undefined;
  readonly subCode: string | undefined;
  readonly subMsg: string | undefined;
  readonly requestId: string | undefined;

  constructor(fields: TopApiErrorFields) {
    const sub = fields.subCode ? ` [${fields.subCode}${fields.subMsg ? `: ${fields.subMsg}` : ""}]` : "";
    super(`TOP error ${fields.code}: ${fields.msg ?? "(no message)"}${sub}`);
    this.code = fields.code;
    this.msg = fields.msg;
    this.subCode = fields.subCode;
    this.subMsg = fields.subMsg;
    this.requestId = fields.requestId;
  }
}

/** The caller's AbortSignal fired; `cause` holds the signal's reason. */
export class TopAbortError extends TopError {
  override name = "TopAbortError";
}

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

/** The start of a body for an error message: whitespace runs collapsed, at most `max` characters. */
export function bodyExcerpt(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Why the limiter held a call back: a running code-7 ban, or the call rate set in `limits`. */
export type LimitReason = "ban" | "rate";

/**
 * The limiter would have to hold the call back longer than it may wait: past the call's `deadline`,
 * or past `limits.maxWaitMs`. Nothing was sent; `waitMs` says how long the wait would have been, so
 * the caller can retry later or give the call a later deadline.
 */
export class TopLimitWaitError extends TopError {
  override name = "TopLimitWaitError";
  constructor(
    readonly apiMethod: string,
    readonly reason: LimitReason,
    /** How long the call would have waited, ms. */
    readonly waitMs: number,
    /** How long it was allowed to wait, ms. */
    readonly allowedMs: number,
  ) {
    const why =
      reason === "ban" ? "for the running code-7 ban (App Call Limited) to end" : "for its turn under `limits`";
    super(
      `call to ${apiMethod} would wait ${Math.ceil(waitMs)} ms ${why}, but may wait only ${Math.max(0, Math.floor(allowedMs))} ms` +
        " (its deadline or limits.maxWaitMs); nothing was sent: retry later or allow a longer wait",
    );
  }
}

/**
 * The shared limit store (Redis) could not be reached and the store is set to refuse calls then
 * (`whenDown: "refuse"`). Nothing was sent; `cause` holds the store's error.
 */
export class TopLimitStoreError extends TopError {
  override name = "TopLimitStoreError";
}
