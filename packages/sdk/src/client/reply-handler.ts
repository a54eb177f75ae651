import type { Dispatcher } from "undici";
import { TopAbortError, TopConnectionError, TopResponseTooLargeError, TopTimeoutError } from "../errors/index.js";
import type { Deadline } from "./deadline.js";

/** A whole HTTP answer: status, content-encoding (lower case, "" when none), content-type and the raw bytes. */
export interface RawReply {
  readonly status: number;
  readonly coding: string;
  readonly contentType: string;
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

const headerText = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * An undici dispatch handler that gathers one answer into a buffer, under the attempt's deadline, the
 * caller's AbortSignal and `maxBytes`. It stands in for `request()`, whose stream body (a Readable, an
 * AsyncResource, an abort listener per call) cost more CPU per call than signing and checking together;
 * the whole body is wanted anyway. A deadline, an abort or a body over the limit (announced by
 * content-length, or counted as it arrives) settles at once, and undici is told to drop the connection.
 */
export class ReplyHandler implements Dispatcher.DispatchHandler {
  #chunks: Buffer[] = [];
  #received = 0;
  #status = 0;
  #coding = "";
  #contentType = "";
  #controller: Dispatcher.DispatchController | undefined;
  #failure: Error | undefined;
  #settled = false;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #onAbort: () => void;

  constructor(
    private readonly deadline: Deadline,
    private readonly maxBytes: number,
    private readonly signal: AbortSignal | undefined,
    private readonly resolve: (reply: RawReply) => void,
    private readonly reject: (error: Error) => void,
  ) {
    const where = deadline.where;
    this.#onAbort = () => this.#fail(new TopAbortError(`call to ${where} aborted`, { cause: signal?.reason }));
    const remaining = deadline.remaining();
    if (Number.isFinite(remaining)) this.#timer = setTimeout(() => this.#fail(deadline.error()), remaining);
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
    this.#coding = headerText(headers["content-encoding"]).toLowerCase();
    this.#contentType = headerText(headers["content-type"]);
    const length = Number(headerText(headers["content-length"]) || "0");
    if (length > this.maxBytes) this.#tooLarge("content-length");
  }

  onResponseData(_c: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#settled) return;
    this.#received += chunk.length;
    if (this.#received > this.maxBytes) this.#tooLarge("received");
    else this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const chunks = this.#chunks;
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    if (this.#settle())
      this.resolve({ status: this.#status, coding: this.#coding, contentType: this.#contentType, bytes });
  }

  onResponseError(_c: Dispatcher.DispatchController | undefined, error: Error): void {
    if (this.#settle()) this.reject(connectionError(error, this.deadline.where));
  }

  #tooLarge(stage: "content-length" | "received"): void {
    this.#fail(new TopResponseTooLargeError(this.deadline.where, this.maxBytes, stage));
  }

  /** Ends the call with `error` (a deadline, an abort, a body too large); the rest of the answer is dropped. */
  #fail(error: Error): void {
    this.#failure = error;
    // Settled first: aborting makes undici report the abort back through onResponseError.
    if (this.#settle()) this.reject(error);
    this.#controller?.abort(error);
  }

  /** True the first time: stops the deadline and the abort listener, and lets go of the chunks. */
  #settle(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    this.#chunks = [];
    clearTimeout(this.#timer);
    this.signal?.removeEventListener("abort", this.#onAbort);
    return true;
  }
}
