import type { LimitsOptions } from "../limits/types.js";
import type { SignMethod } from "../protocol/sign.js";
import type { ResponseFormat } from "../protocol/system-params.js";

/** TOP's router/rest endpoints (sandbox needs its own app keys). */
export const TOP_ENDPOINTS = Object.freeze({
  production: "https://eco.taobao.com/router/rest",
  overseas: "https://api.taobao.com/router/rest",
  sandbox: "https://gw.api.tbsandbox.com/router/rest",
});

/** The content type of a form body (business params without files), as the Java SDK sends it. */
export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=UTF-8";

/** Longest timeout a Node timer can hold (2^31 − 1 ms, about 24.8 days); larger values are refused. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Default `maxResponseBytes`: 64 MiB, received and inflated. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Timeouts in milliseconds; 0 means none (as Java's 0); at most `MAX_TIMEOUT_MS`. */
export interface TimeoutOptions {
  /** Until the TCP (and TLS) connection is up. Default 15 000 ms, as the Java SDK. */
  readonly connect?: number;
  /** For one attempt, from sending to the parsed answer (receiving, inflating and parsing included). Default 30 000 ms. */
  readonly total?: number;
}

export interface RetryOptions {
  /** Retries after the first attempt; 0 disables retrying. Default 2. */
  readonly count?: number;
  /** First backoff delay; doubled on each retry, with jitter. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Cap on one backoff delay. Default 8 000 ms. */
  readonly maxDelayMs?: number;
  /** Longest code-7 ban (as its sub_msg names it) worth waiting out; a longer ban returns at once. Default 10 000 ms. */
  readonly maxBanWaitMs?: number;
}

/** A request as hooks see it: the session and the signature show only their first 4 characters. */
export interface RedactedRequest {
  readonly apiMethod: string;
  /** The endpoint, without the query string. */
  readonly url: string;
  /** System params (query) and business params (body), as sent but for the masking. */
  readonly params: Readonly<Record<string, string>>;
  /** File params: wire name -> file name. */
  readonly files: Readonly<Record<string, string>>;
  /** 0 for the first attempt, then 1, 2, … for retries. */
  readonly attempt: number;
}

export interface ResponseInfo {
  readonly request: RedactedRequest;
  readonly status: number;
  /** The decoded (gunzipped, UTF-8) body. */
  readonly body: string;
  readonly durationMs: number;
}

/**
 * Observers for logging and metrics; they never see the app secret or a whole session key. They only observe:
 * to build and sign a request without sending it, use `client.prepare()`, not a throw from `onRequest`.
 */
export interface ClientHooks {
  onRequest?(request: RedactedRequest): void;
  onResponse?(response: ResponseInfo): void;
}

export interface TaobaoClientOptions {
  /** Body format to ask for. Default `json`. */
  readonly format?: ResponseFormat;
  /** Default `hmac-sha256`. */
  readonly signMethod?: SignMethod;
  /** Ask for simplified JSON (plain arrays, no list wrappers). Default false. */
  readonly simplify?: boolean;
  readonly partnerId?: string;
  /** `target_app_key`, for calls made on behalf of another app. */
  readonly targetAppKey?: string;
  /** One number sets the total per attempt; or give connect and total separately. 0 = no timeout. */
  readonly timeoutMs?: number | TimeoutOptions;
  /**
   * Most bytes an answer may have, as received and once inflated (gzip/deflate). Checked against
   * content-length up front and counted as bytes arrive and inflate; a larger answer drops the
   * connection and rejects with `TopResponseTooLargeError`. Default 64 MiB; at most 512 MiB (the
   * longest string Node can make of the body).
   */
  readonly maxResponseBytes?: number;
  /** Retry count, or the full policy. Only resends that are safe are ever made (see `isSafeToResend`). */
  readonly retries?: number | RetryOptions;
  /** Reject with `TopApiError` on an `error_response` instead of resolving with `isSuccess() === false`. */
  readonly throwOnApiError?: boolean;
  /**
   * Proxy URL for every call (undici ProxyAgent). Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the
   * environment apply. `false`: never use a proxy.
   */
  readonly proxy?: string | false;
  readonly userAgent?: string;
  readonly hooks?: ClientHooks;
  /**
   * Call limits: token buckets per app and per API, and a gate that holds every call back while a code-7
   * ban runs. Off unless given. Share a `RedisLimitStore` (`@topkit/sdk/limits/redis`) across processes
   * to hold a whole fleet of one app to one rate and one ban.
   */
  readonly limits?: LimitsOptions;
}

/** Per-call options of `execute` and `call`. */
export interface ExecuteOptions {
  /** Aborts the call, including a retry's wait; the promise rejects with `TopAbortError`. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Epoch ms (`Date.now()`'s clock) by which the call must have been sent: when `limits` would hold it
   * back past this, it fails at once with `TopLimitWaitError` instead of waiting. Default: no deadline
   * beyond `limits.maxWaitMs`.
   */
  readonly deadline?: number | undefined;
}
