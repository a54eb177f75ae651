import type { Dispatcher } from "undici";
import { bodyExcerpt, TopAbortError, TopApiError, TopHttpError } from "../errors/index.js";
import { CallLimiter } from "../limits/limiter.js";
import { errorFieldsOf } from "../protocol/envelope.js";
import { secretMasker } from "../protocol/mask.js";
import { type TopSigner, topSigner } from "../protocol/sign.js";
import { businessParams, type CallIdentity, signedSystemParams } from "../protocol/system-params.js";
import type { FileItem } from "../runtime/file-item.js";
import { plainValue } from "../runtime/raw-number.js";
import { readResponse } from "../runtime/read-response.js";
import type { TopRequest } from "../runtime/request.js";
import type { TopResponse } from "../runtime/response.js";
import { callParams } from "./call-params.js";
import { Deadline } from "./deadline.js";
import { endpointOf } from "./endpoint.js";
import { formEncode } from "./form-encode.js";
import { type ExecuteOptions, type TaobaoClientOptions, TOP_ENDPOINTS } from "./options.js";
import { maskPrepared, type PreparedRequest, type PrepareOptions, preparedRequest } from "./prepared.js";
import { type Reply, readReply } from "./read-reply.js";
import { redactedRequest } from "./redact.js";
import { FORM_CONTENT_TYPE, type RequestBody, requestBody } from "./request-body.js";
import { type ResolvedOptions, resolveOptions } from "./resolve-options.js";
import { apiRetryDelayMs, backoffMs, isSafeToResend } from "./retry.js";
import { sleep } from "./sleep.js";
import type { TaobaoClient } from "./taobao-client.js";
import { createDispatcher, post } from "./transport.js";

type Files = Readonly<Record<string, FileItem>>;

/**
 * The TOP client (Java's `DefaultTaobaoClient`): signs and POSTs router/rest calls over one keep-alive
 * undici pool, retries only what is safe to resend, and reads answers losslessly into typed responses.
 *
 * @example
 * ```ts
 * const client = new DefaultTaobaoClient(DefaultTaobaoClient.env.production, appKey, appSecret);
 * const rsp = await client.execute(req, sessionKey);
 * if (!rsp.isSuccess()) console.error(rsp.subCode, rsp.subMsg);
 * ```
 */
export class DefaultTaobaoClient implements TaobaoClient {
  /** TOP's endpoints: `production`, `overseas`, `sandbox`. */
  static readonly env = TOP_ENDPOINTS;

  readonly serverUrl: string;
  readonly appKey: string;
  // Private fields stay out of console.log, util.inspect and JSON.stringify; the secret lives only
  // inside the signer (an HMAC KeyObject, or a closure for md5).
  readonly #sign: TopSigner;
  /** Masks the secret in what hooks see (it lives in this closure, as in the signer's). */
  readonly #mask: (text: string) => string;
  readonly #options: ResolvedOptions;
  readonly #dispatcher: Dispatcher;
  /** Token buckets and the code-7 ban gate (`limits`), when asked for. */
  readonly #limiter: CallLimiter | undefined;
  readonly #where: string;
  readonly #origin: string;
  readonly #pathPrefix: string;
  /** Request headers, made once: for multipart bodies (undici adds the boundary) and for form bodies. */
  readonly #headers: { readonly common: Record<string, string>; readonly form: Record<string, string> };

  constructor(serverUrl: string, appKey: string, appSecret: string, options: TaobaoClientOptions = {}) {
    const endpoint = endpointOf(serverUrl);
    if (typeof appKey !== "string" || appKey.trim() === "") throw new TypeError("DefaultTaobaoClient: appKey is empty");
    if (typeof appSecret !== "string" || appSecret === "")
      throw new TypeError("DefaultTaobaoClient: appSecret is empty");
    this.serverUrl = endpoint.url;
    this.#where = endpoint.shown;
    this.#origin = endpoint.origin;
    this.#pathPrefix = endpoint.pathPrefix;
    this.appKey = appKey;
    this.#options = resolveOptions(options);
    this.#sign = topSigner(appSecret, this.#options.signMethod);
    this.#mask = secretMasker(appSecret);
    const common = { "accept-encoding": "gzip", "user-agent": this.#options.userAgent };
    this.#headers = { common, form: { ...common, "content-type": FORM_CONTENT_TYPE } };
    this.#dispatcher = createDispatcher(this.#options.proxy, this.#options.connectTimeoutMs);
    this.#limiter = options.limits && new CallLimiter(appKey, options.limits);
  }

  async execute<R extends TopResponse>(request: TopRequest<R>, session?: string, options?: ExecuteOptions): Promise<R> {
    request.check();
    const Response = request.getResponseClass();
    const text = request.getTextParams();
    const reply = await this.#exchange(request.getApiMethodName(), text, request.getFileParams(), session, options);
    return readResponse(Response, reply.content, reply.body, reply.isError);
  }

  async call(
    method: string,
    params: Readonly<Record<string, unknown>> = {},
    session?: string,
    options?: ExecuteOptions,
  ): Promise<Record<string, unknown>> {
    if (typeof method !== "string" || method.trim() === "") throw new TypeError("call(): method is empty");
    const { text, files } = callParams(params);
    const reply = await this.#exchange(method, text, files, session, options);
    return plainValue(reply.tree) as Record<string, unknown>;
  }

  /**
   * Checks, builds and signs `request` as `execute` would send it, and returns it unsent: no connection is
   * opened and no hook is called. The signature equals the one a send at the same second carries.
   */
  prepare(request: TopRequest, session?: string, options?: PrepareOptions): PreparedRequest {
    request.check();
    return this.#prepare(
      request.getApiMethodName(),
      request.getTextParams(),
      request.getFileParams(),
      session,
      options,
    );
  }

  /** `call`'s counterpart of `prepare`: the params of an API without a class, signed and not sent. */
  prepareCall(
    method: string,
    params: Readonly<Record<string, unknown>> = {},
    session?: string,
    options?: PrepareOptions,
  ): PreparedRequest {
    if (typeof method !== "string" || method.trim() === "") throw new TypeError("prepareCall(): method is empty");
    const { text, files } = callParams(params);
    return this.#prepare(method, text, files, session, options);
  }

  /**
   * A prepared request as hooks would show it: session and sign cut to 4 characters, this client's app secret
   * replaced by `<secret>` wherever a value holds it, endpoint credentials left out. For logs and dry runs.
   */
  redact(prepared: PreparedRequest): PreparedRequest {
    return maskPrepared(prepared, this.#mask);
  }

  /** Closes the connection pool; the client cannot be used afterwards. */
  close(): Promise<void> {
    return this.#dispatcher.close();
  }

  /** Who calls and how: the system params' inputs, the same for `prepare` and for each attempt of a send. */
  #identity(apiMethod: string, session: string | undefined): CallIdentity {
    const { signMethod, format, simplify, partnerId, targetAppKey } = this.#options;
    return { apiMethod, appKey: this.appKey, session, signMethod, format, simplify, partnerId, targetAppKey };
  }

  #prepare(apiMethod: string, text: Record<string, string>, files: Files, session?: string, o?: PrepareOptions) {
    const id = this.#identity(apiMethod, session);
    const business = businessParams(text);
    const now = o?.now === undefined ? Date.now() : Number(o.now);
    if (!Number.isFinite(now)) throw new TypeError("prepare(): options.now is not a valid date");
    const system = signedSystemParams(id, business, this.#sign, now);
    return preparedRequest(apiMethod, this.serverUrl, system, business, files);
  }

  /** Attempts until an answer is final or retries run out; an `error_response` may throw per the options. */
  async #exchange(
    apiMethod: string,
    text: Record<string, string>,
    files: Files,
    session?: string,
    o?: ExecuteOptions,
  ): Promise<Reply> {
    const opts = this.#options;
    const id = this.#identity(apiMethod, session);
    const business = businessParams(text);
    // Built once: a retry must resend the same bytes, and a stream file can be read only once.
    const body = await requestBody(business, files);
    for (let attempt = 0; ; attempt++) {
      let wait: number | undefined;
      if (this.#limiter) await this.#limiter.acquire(apiMethod, o?.signal, o?.deadline);
      try {
        const reply = await this.#attempt(id, business, body, files, attempt, o?.signal);
        const error = reply.isError ? errorFieldsOf(reply.content) : undefined;
        if (error && this.#limiter) await this.#limiter.answered(apiMethod, error);
        wait = error && attempt < opts.retries ? apiRetryDelayMs(error, attempt, opts) : undefined;
        if (wait === undefined) {
          if (error && opts.throwOnApiError) throw new TopApiError(error);
          return reply;
        }
      } catch (error) {
        if (attempt >= opts.retries || !isSafeToResend(error)) throw error;
        wait = backoffMs(attempt, opts);
      }
      await sleep(wait, o?.signal, `call to ${this.#where}`);
    }
  }

  /** One signed POST (a fresh timestamp and signature each time) and its parsed answer. */
  async #attempt(
    id: CallIdentity,
    business: Record<string, string>,
    { body, contentType }: RequestBody,
    files: Files,
    attempt: number,
    signal?: AbortSignal,
  ): Promise<Reply> {
    if (signal?.aborted) throw new TopAbortError(`call to ${this.#where} aborted`, { cause: signal.reason });
    const opts = this.#options;
    const system = signedSystemParams(id, business, this.#sign, Date.now());
    const { onRequest, onResponse } = opts.hooks;
    const seen =
      onRequest || onResponse
        ? redactedRequest(id.apiMethod, this.#where, system, business, files, attempt, this.#mask)
        : undefined;
    if (seen) onRequest?.(seen);
    const started = performance.now();
    const deadline = new Deadline(opts.totalTimeoutMs, this.#where);
    const http = await post(this.#dispatcher, {
      origin: this.#origin,
      path: this.#pathPrefix + formEncode(system),
      body,
      headers: contentType ? this.#headers.form : this.#headers.common,
      deadline,
      maxBytes: opts.maxResponseBytes,
      signal,
    });
    if (seen)
      onResponse?.({ request: seen, status: http.status, body: http.body, durationMs: performance.now() - started });
    if (http.status < 200 || http.status > 299) throw new TopHttpError(http.status, bodyExcerpt(http.body));
    return readReply(http, { apiMethod: id.apiMethod, simplify: opts.simplify, deadline });
  }
}
