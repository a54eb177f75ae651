import type { Dispatcher } from "undici";
import { TopAbortError, TopConnectionError, TopTimeoutError } from "../errors/index.js";

/** A whole HTTP answer: status, content-encoding (lower case, "" when none) and the raw bytes. */
export interface RawReply {
  readonly status: number;
  readonly coding: string;
  readonly bytes: Buffer;
}

/** The SDK error for a connection problem; the undici error stays as `cause`: it tells whether resending is safe. */
function connectionError(error: unknown, where: string): Error {
  const code = (error as { code?: string }).code;
  if (code === "UND_ERR_CONNECT_TIMEOUT") {
    return new TopTimeoutError(`could not connect to ${where} in time`, { cause: error });
  }
  return new TopConnectionError(`connection to ${where} failed: ${code ?? (error as Error).message}`, {
    cause: error,
  });
}

/**
 * An undici dispatch handler that gathers one answer into a buffer, under a total deadline and the
 * caller's AbortSignal. It stands in for `request()`, whose stream body (a Readable, an AsyncResource,
 * an abort listener per call) cost more CPU per call than signing and checking together; the whole
 * body is wanted anyway. A deadline or an abort settles at once, and undici is told to drop the call.
 */
export class ReplyHandler implements Dispatcher.DispatchHandler {
  #chunks: Buffer[] = [];
  #status = 0;
  #coding = "";
  #controller: Dispatcher.DispatchController | undefined;
  #failure: Error | undefined;
  #settled = false;
  readonly #timer: NodeJS.Timeout;
  readonly #onAbort: () => void;

  constructor(
    private readonly where: string,
    totalTimeoutMs: number,
    private readonly signal: AbortSignal | undefined,
    private readonly resolve: (reply: RawReply) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.#onAbort = () => this.#fail(new TopAbortError(`call to ${where} aborted`, { cause: signal?.reason }));
    this.#timer = setTimeout(
      () => this.#fail(new TopTimeoutError(`no complete answer from ${where} within ${totalTimeoutMs} ms`)),
      totalTimeoutMs,
    );
    if (signal?.aborted) this.#onAbort();
    else signal?.addEventListener("abort", this.#onAbort, { once: true });
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#failure) controller.abort(this.#failure);
  }

  onResponseStart(_c: Dispatcher.DispatchController, status: number, headers: Record<string, unknown>): void {
    if (status < 200) return; // 1xx: the real answer follows
    this.#status = status;
    const coding = headers["content-encoding"];
    this.#coding = typeof coding === "string" ? coding.toLowerCase() : "";
  }

  onResponseData(_c: Dispatcher.DispatchController, chunk: Buffer): void {
    if (!this.#settled) this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const chunks = this.#chunks;
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    if (this.#settle()) this.resolve({ status: this.#status, coding: this.#coding, bytes });
  }

  onResponseError(_c: Dispatcher.DispatchController | undefined, error: Error): void {
    if (this.#settle()) this.reject(connectionError(error, this.where));
  }

  /** Ends the call with `error` (a deadline or an abort); the answer, should it come, is dropped. */
  #fail(error: Error): void {
    this.#failure = error;
    // Settled first: aborting makes undici report the abort back through onResponseError.
    if (this.#settle()) this.reject(error);
    this.#controller?.abort(error);
  }

  /** True the first time: stops the deadline and the abort listener. */
  #settle(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    this.#chunks = [];
    clearTimeout(this.#timer);
    this.signal?.removeEventListener("abort", this.#onAbort);
    return true;
  }
}
