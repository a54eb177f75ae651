import { EventEmitter } from "node:events";
import WebSocket from "ws";
import { TmcAuthError, TmcConnectionError, TmcError, TmcFrameError, TmcHandlerError } from "./errors.js";
import {
  DEFAULT_MAX_FRAME_BYTES,
  decodeFrame,
  encodeFrame,
  MessageType,
  type TmcFrame,
  type TmcReadValue,
} from "./frame.js";
import { readMessage, type TmcMessage } from "./message.js";
import { confirmEncoder, connectFrame, DEFAULT_GROUP, kindOf, pullFrame, TMC_URL } from "./protocol.js";

export interface TmcClientOptions {
  /**
   * Messages received and not yet finished (queued or in a handler) before the client stops reading the
   * socket: TMC then holds the rest, so a slow handler slows delivery and memory stays flat. Default 1,000.
   */
  maxInFlight?: number;
  /** Handlers running at once. Default 1: one at a time, in arrival order (per-topic order kept). */
  concurrency?: number;
  /** How often to ask TMC for queued messages (a pull request), besides after each connect. Default 5,000 ms. */
  pullIntervalMs?: number;
  /** WebSocket ping period; a connection without a pong for one period is dropped and reopened. Default 30,000 ms. */
  heartbeatIntervalMs?: number;
  /** Opening the socket plus TMC's handshake answer. Default 10,000 ms. */
  connectTimeoutMs?: number;
  /** Reconnect backoff: the delay doubles from `initialDelayMs` up to `maxDelayMs`, each taken at 50–100 %. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number };
  /** How long `close()` waits for running handlers before closing anyway. Default 30,000 ms. */
  closeTimeoutMs?: number;
  /** A message older than this on arrival (from `outgoing_time`, else `pub_time`) raises `lag`. Default 60,000 ms. */
  lagThresholdMs?: number;
  /** Largest frame accepted from TMC. Default 8 MiB. */
  maxFrameBytes?: number;
}

/** The second handler argument (the Java SDK's `MessageStatus`): `fail()` leaves the message unconfirmed. */
export interface MessageStatus {
  fail(): void;
  isFail(): boolean;
}

export type MessageHandler = (message: TmcMessage, status: MessageStatus) => void | Promise<void>;

export interface TmcClientEvents {
  /** A handshake succeeded (`attempt` 0 for the first connect, then the reconnect attempt that worked). */
  connect: [{ url: string; attempt: number }];
  /** The connection was lost (or a connect attempt failed) and another attempt is due after `delayMs`. */
  reconnect: [{ attempt: number; delayMs: number; cause: Error }];
  /** A handler failure, a frame that could not be read, a refused reconnect: the client carries on. */
  error: [Error];
  /** A message arrived `lagMs` after TMC sent it (at most one event a second). */
  lag: [{ lagMs: number; messageId: bigint; topic: string; inFlight: number }];
  /** The client stopped reading because `maxInFlight` messages are unfinished (`paused`), or read again. */
  backpressure: [{ paused: boolean; inFlight: number }];
}

export interface TmcClientStats {
  received: number;
  /** Redeliveries of a message still in a handler here: dropped, the running one confirms it. */
  duplicatesInFlight: number;
  confirmed: number;
  failed: number;
  inFlight: number;
  reconnects: number;
  /** Lag of the last message, ms (see `lagThresholdMs`). */
  lastLagMs: number;
}

type State = "idle" | "connecting" | "open" | "reconnecting" | "closing" | "closed";

interface Connection {
  ws: WebSocket;
  token: string | undefined;
  confirm: ((id: bigint) => Buffer) | undefined;
  pongSeen: boolean;
  timers: NodeJS.Timeout[];
}

/**
 * A TMC (Taobao Message Channel) client with at-least-once delivery: a message is confirmed only after its
 * handler returns (or its promise resolves) without `status.fail()`; anything else leaves it unconfirmed and
 * TMC redelivers it. Reconnects with backoff and jitter; `close()` drains running handlers first.
 *
 * ```ts
 * const client = new TmcClient(appKey, appSecret, "default");
 * client.setMessageHandler(async (message, status) => { if (!(await save(message))) status.fail(); });
 * await client.connect(); // ws://mc.api.taobao.com/
 * ```
 */
export class TmcClient extends EventEmitter<TmcClientEvents> {
  readonly #appSecret: string;
  readonly #opts: Required<Omit<TmcClientOptions, "reconnect">> & { initialDelayMs: number; maxDelayMs: number };
  #handler: MessageHandler | undefined;
  #iterating = false;
  #state: State = "idle";
  #url = TMC_URL;
  #conn: Connection | undefined;
  #attempt = 0;
  /** Rejects a first connect() still waiting for its handshake (close() was called meanwhile). */
  #abortConnect: ((e: Error) => void) | undefined;
  #reconnectTimer: NodeJS.Timeout | undefined;
  /** Received, not started: a queue with a moving head (shift() is linear on long arrays). */
  #queue: (TmcMessage | undefined)[] = [];
  #head = 0;
  /** Every received, unfinished message id (queued or running): the window and the duplicate filter. */
  readonly #unfinished = new Set<bigint>();
  #running = 0;
  #pumping = false;
  #paused = false;
  /** Confirms made while no connection was open, sent after the next handshake. */
  #pendingConfirms: bigint[] = [];
  #confirmsScheduled = false;
  #idle: (() => void) | undefined;
  /** Called when close() starts (ends a waiting messages() loop). */
  readonly #onClosing: (() => void)[] = [];
  #lastLagEvent = 0;
  readonly #stats: TmcClientStats = {
    received: 0,
    duplicatesInFlight: 0,
    confirmed: 0,
    failed: 0,
    inFlight: 0,
    reconnects: 0,
    lastLagMs: 0,
  };

  constructor(
    readonly appKey: string,
    appSecret: string,
    readonly groupName: string = DEFAULT_GROUP,
    options: TmcClientOptions = {},
  ) {
    super();
    for (const [name, v] of [
      ["appKey", appKey],
      ["appSecret", appSecret],
      ["groupName", groupName],
    ] as const)
      if (typeof v !== "string" || v === "") throw new TmcError(`TmcClient: ${name} must be a non-empty string`);
    this.#appSecret = appSecret;
    const positive = (name: keyof TmcClientOptions | string, v: number | undefined, fallback: number) => {
      if (v === undefined) return fallback;
      if (!Number.isInteger(v) || v < 1) throw new TmcError(`TmcClient: ${name} must be a whole number ≥ 1, got ${v}`);
      return v;
    };
    this.#opts = {
      maxInFlight: positive("maxInFlight", options.maxInFlight, 1000),
      concurrency: positive("concurrency", options.concurrency, 1),
      pullIntervalMs: positive("pullIntervalMs", options.pullIntervalMs, 5000),
      heartbeatIntervalMs: positive("heartbeatIntervalMs", options.heartbeatIntervalMs, 30_000),
      connectTimeoutMs: positive("connectTimeoutMs", options.connectTimeoutMs, 10_000),
      closeTimeoutMs: positive("closeTimeoutMs", options.closeTimeoutMs, 30_000),
      lagThresholdMs: positive("lagThresholdMs", options.lagThresholdMs, 60_000),
      maxFrameBytes: positive("maxFrameBytes", options.maxFrameBytes, DEFAULT_MAX_FRAME_BYTES),
      initialDelayMs: positive("reconnect.initialDelayMs", options.reconnect?.initialDelayMs, 100),
      maxDelayMs: positive("reconnect.maxDelayMs", options.reconnect?.maxDelayMs, 30_000),
    };
  }

  /** Sets the handler (the Java SDK's shape). Throws when `messages()` is already in use. */
  setMessageHandler(handler: MessageHandler): void {
    if (this.#iterating) throw new TmcError("TmcClient: messages() is in use; use either it or a message handler");
    this.#handler = handler;
    this.#pump();
  }

  /**
   * Opens the connection and resolves after TMC's handshake answer. Rejects with TmcAuthError when TMC
   * refuses the app key, secret or group, and with TmcConnectionError when the first attempt fails; once
   * connected, a lost connection is reopened on its own until `close()`.
   */
  connect(url: string = TMC_URL): Promise<void> {
    if (this.#state !== "idle")
      return Promise.reject(new TmcError(`TmcClient: connect() called while ${this.#state}; make a new client`));
    if (!/^wss?:\/\//i.test(url))
      return Promise.reject(new TmcError(`TmcClient: the TMC url must start with ws:// or wss://, got "${url}"`));
    this.#url = url;
    this.#state = "connecting";
    return new Promise((resolve, reject) => {
      const settle = (f: () => void) => {
        this.#abortConnect = undefined;
        f();
      };
      this.#abortConnect = (e) => settle(() => reject(e));
      this.#open(
        () => settle(resolve),
        (e) => settle(() => reject(e)),
      );
    });
  }

  /**
   * Stops taking messages, waits for running handlers (up to `closeTimeoutMs`), sends the confirms of
   * those that finished, then closes the socket. Queued messages no handler started stay unconfirmed.
   */
  async close(): Promise<void> {
    if (this.#state === "closed" || this.#state === "closing") return;
    const wasIdle = this.#state === "idle";
    this.#state = "closing";
    this.#abortConnect?.(new TmcConnectionError("close() was called before TMC answered the handshake"));
    clearTimeout(this.#reconnectTimer);
    if (this.#conn) this.#setPaused(true, this.#conn);
    for (let i = this.#head; i < this.#queue.length; i++) {
      const m = this.#queue[i];
      if (m) this.#unfinished.delete(m.id);
    }
    this.#queue = [];
    this.#head = 0;
    this.#stats.inFlight = this.#unfinished.size;
    for (const f of this.#onClosing) f();
    if (!wasIdle && this.#running > 0) {
      const drained = new Promise<void>((resolve) => {
        this.#idle = resolve;
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.#opts.closeTimeoutMs);
      });
      await Promise.race([drained, timeout]);
      clearTimeout(timer);
      if (this.#running > 0)
        this.#report(
          new TmcError(
            `TmcClient.close(): ${this.#running} handlers still running after ${this.#opts.closeTimeoutMs} ms; their messages stay unconfirmed`,
          ),
        );
    }
    const conn = this.#conn;
    if (conn && conn.ws.readyState === WebSocket.OPEN) {
      this.#flushConfirms(conn);
      // Read again so TMC's close answer arrives (#receive ignores messages while closing).
      conn.ws.resume();
      const closed = new Promise<void>((resolve) => conn.ws.once("close", () => resolve()));
      conn.ws.close(1000, "client closing");
      const t = setTimeout(() => conn.ws.terminate(), 2000);
      await closed;
      clearTimeout(t);
    } else conn?.ws.terminate();
    this.#dropConnection();
    this.#state = "closed";
  }

  /**
   * The messages as an async iterable, one at a time in arrival order. A message is confirmed when the
   * loop asks for the next one; leaving the loop by `break` or an exception leaves the current one
   * unconfirmed (TMC redelivers it). Ends after `close()`. Call `close()` from outside the loop body.
   */
  messages(): AsyncIterableIterator<TmcMessage> {
    if (this.#handler || this.#iterating)
      throw new TmcError("TmcClient: a message handler or messages() is already in use");
    this.#iterating = true;
    this.#opts.concurrency = 1;
    let current: { done: (ok: boolean) => void } | undefined;
    let offered: { message: TmcMessage; done: (ok: boolean) => void } | undefined;
    let waiting: ((r: IteratorResult<TmcMessage>) => void) | undefined;
    const finished = () => this.#state === "closing" || this.#state === "closed";
    const end = () => {
      // A message handed to the handler but not yet taken by the loop stays unconfirmed.
      offered?.done(false);
      offered = undefined;
      const w = waiting;
      waiting = undefined;
      w?.({ done: true, value: undefined });
    };
    this.#onClosing.push(end);
    this.#handler = (message) =>
      new Promise<void>((resolve, reject) => {
        const done = (ok: boolean) => (ok ? resolve() : reject(new TmcError("left the messages() loop")));
        if (waiting) {
          const w = waiting;
          waiting = undefined;
          current = { done };
          w({ done: false, value: message });
        } else offered = { message, done };
      });
    const iterator: AsyncIterableIterator<TmcMessage> = {
      next: () => {
        const c = current;
        current = undefined;
        c?.done(true);
        if (offered) {
          const o = offered;
          offered = undefined;
          current = o;
          return Promise.resolve({ done: false, value: o.message });
        }
        if (finished()) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => {
        // Detach first: the next queued message must not start once the current one is failed.
        this.#handler = undefined;
        current?.done(false);
        offered?.done(false);
        current = offered = undefined;
        this.#onClosing.splice(this.#onClosing.indexOf(end), 1);
        return Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    this.#pump();
    return iterator;
  }

  stats(): TmcClientStats {
    return { ...this.#stats, inFlight: this.#unfinished.size };
  }

  // --- connection ---------------------------------------------------------------------------------

  #open(onReady?: () => void, onFail?: (e: Error) => void): void {
    const ws = new WebSocket(this.#url, {
      maxPayload: this.#opts.maxFrameBytes,
      handshakeTimeout: this.#opts.connectTimeoutMs,
      perMessageDeflate: false,
    });
    const conn: Connection = { ws, token: undefined, confirm: undefined, pongSeen: true, timers: [] };
    this.#conn = conn;
    let gone = false;
    const fail = (cause: Error) => {
      if (gone) return;
      gone = true;
      clearTimeout(handshakeTimer);
      ws.removeAllListeners();
      ws.on("error", () => {});
      ws.terminate();
      if (this.#conn === conn) this.#dropConnection();
      this.#lost(cause, onFail);
    };
    const handshakeTimer = setTimeout(
      () =>
        fail(
          new TmcConnectionError(`no TMC handshake answer from ${this.#url} within ${this.#opts.connectTimeoutMs} ms`),
        ),
      this.#opts.connectTimeoutMs,
    );
    ws.on("open", () => this.#sendFrame(conn, connectFrame(this.appKey, this.#appSecret, this.groupName)));
    ws.on("error", (e) =>
      fail(new TmcConnectionError(`TMC connection to ${this.#url} failed: ${e.message}`, { cause: e })),
    );
    ws.on("close", (code, reason) => {
      if (this.#state === "closing" && this.#conn === conn) return;
      fail(
        new TmcConnectionError(
          `TMC closed the connection (${code}${reason.length ? ` ${reason.toString("utf8")}` : ""})`,
        ),
      );
    });
    ws.on("pong", () => {
      conn.pongSeen = true;
    });
    ws.on("message", (data, isBinary) => {
      let frame: TmcFrame<TmcReadValue>;
      try {
        if (!isBinary) throw new TmcFrameError("a text WebSocket message where TMC sends binary frames", 0);
        frame = decodeFrame(data as Buffer, this.#opts.maxFrameBytes);
      } catch (e) {
        // A frame that cannot be read may have been a message: nothing to confirm, TMC redelivers it.
        this.#report(e as Error);
        return;
      }
      if (frame.messageType === MessageType.connectAck) {
        if (frame.statusCode !== undefined && frame.statusCode !== 0) {
          const phrase = frame.statusPhrase ?? "";
          const err = new TmcAuthError(
            `TMC refused app key ${this.appKey}, group "${this.groupName}": ${frame.statusCode} ${phrase}`.trim() +
              "; check the app key, secret and group name, and that the app has TMC enabled",
            frame.statusCode,
            phrase,
          );
          fail(err);
          return;
        }
        if (this.#state === "closing" || this.#state === "closed") {
          fail(new TmcConnectionError("close() was called before TMC answered the handshake"));
          return;
        }
        clearTimeout(handshakeTimer);
        conn.token = frame.token ?? "";
        conn.confirm = confirmEncoder(conn.token);
        this.#ready(conn);
        onReady?.();
      } else if (frame.messageType === MessageType.send && kindOf(frame) === undefined) this.#receive(frame);
      else if (frame.messageType === MessageType.sendAck && frame.statusCode !== undefined && frame.statusCode !== 0)
        this.#report(
          new TmcError(`TMC answered a confirm or pull with ${frame.statusCode} ${frame.statusPhrase ?? ""}`.trim()),
        );
    });
  }

  #ready(conn: Connection): void {
    const attempt = this.#attempt;
    this.#attempt = 0;
    this.#state = "open";
    this.#flushConfirms(conn);
    this.#sendFrame(conn, pullFrame(conn.token!));
    conn.timers.push(
      setInterval(() => {
        if (!this.#paused) this.#sendFrame(conn, pullFrame(conn.token!));
      }, this.#opts.pullIntervalMs),
      setInterval(() => {
        // A paused socket cannot read pongs: judge liveness only while reading.
        if (!this.#paused && !conn.pongSeen) {
          conn.ws.terminate();
          return;
        }
        conn.pongSeen = false;
        conn.ws.ping();
      }, this.#opts.heartbeatIntervalMs),
    );
    for (const t of conn.timers) t.unref();
    this.#paused = false;
    if (this.#unfinished.size >= this.#opts.maxInFlight) this.#setPaused(true, conn);
    this.emit("connect", { url: this.#url, attempt });
  }

  #dropConnection(): void {
    const conn = this.#conn;
    if (!conn) return;
    for (const t of conn.timers) clearInterval(t);
    this.#conn = undefined;
  }

  /** After a failed attempt or a lost connection: reject the first connect(), or try again later. */
  #lost(cause: Error, onFail?: (e: Error) => void): void {
    if (this.#state === "closing" || this.#state === "closed") return;
    if (this.#state === "connecting" && onFail) {
      this.#state = "idle";
      onFail(cause);
      return;
    }
    if (cause instanceof TmcAuthError) this.#report(cause);
    this.#state = "reconnecting";
    this.#attempt++;
    this.#stats.reconnects++;
    const base = Math.min(this.#opts.maxDelayMs, this.#opts.initialDelayMs * 2 ** Math.min(this.#attempt - 1, 30));
    const delayMs = Math.round(base / 2 + (Math.random() * base) / 2);
    this.emit("reconnect", { attempt: this.#attempt, delayMs, cause });
    this.#reconnectTimer = setTimeout(() => {
      if (this.#state === "reconnecting") this.#open();
    }, delayMs);
  }

  #sendFrame(conn: Connection, frame: TmcFrame): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(encodeFrame(frame), { binary: true });
  }

  /** Confirms go out once per event-loop turn, so that a burst of finished handlers costs one socket write. */
  #scheduleConfirms(): void {
    if (this.#confirmsScheduled) return;
    this.#confirmsScheduled = true;
    setImmediate(() => {
      this.#confirmsScheduled = false;
      const conn = this.#conn;
      if (conn && this.#state !== "closing") this.#flushConfirms(conn);
    });
  }

  /**
   * Sends the confirms waiting for a connection. The frames are written with the socket corked (ws has no
   * batch send; its socket is the documented `_socket` of ws 8), which makes them one write instead of one
   * system call per confirm: that was a quarter of the client's CPU time.
   */
  #flushConfirms(conn: Connection): void {
    const encode = conn.confirm;
    if (encode === undefined || conn.ws.readyState !== WebSocket.OPEN || this.#pendingConfirms.length === 0) return;
    const ids = this.#pendingConfirms;
    this.#pendingConfirms = [];
    const socket = (conn.ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
    socket?.cork();
    for (const id of ids) conn.ws.send(encode(id), { binary: true });
    socket?.uncork();
  }

  #setPaused(paused: boolean, conn: Connection): void {
    if (this.#paused === paused) return;
    this.#paused = paused;
    if (paused) conn.ws.pause();
    else {
      conn.ws.resume();
      this.#sendFrame(conn, pullFrame(conn.token ?? ""));
    }
    if (this.#state !== "closing") this.emit("backpressure", { paused, inFlight: this.#unfinished.size });
  }

  // --- messages -----------------------------------------------------------------------------------

  #receive(frame: TmcFrame<TmcReadValue>): void {
    if (this.#state === "closing" || this.#state === "closed") return;
    let message: TmcMessage;
    try {
      message = readMessage(frame);
    } catch (e) {
      this.#report(e as Error);
      return;
    }
    this.#stats.received++;
    if (this.#unfinished.has(message.id)) {
      this.#stats.duplicatesInFlight++;
      return;
    }
    const sent = message.outgoingTime ?? message.pubTime;
    if (sent) {
      const now = Date.now();
      const lag = Math.max(0, now - sent.getTime());
      this.#stats.lastLagMs = lag;
      if (lag > this.#opts.lagThresholdMs && now - this.#lastLagEvent >= 1000) {
        this.#lastLagEvent = now;
        this.emit("lag", { lagMs: lag, messageId: message.id, topic: message.topic, inFlight: this.#unfinished.size });
      }
    }
    this.#unfinished.add(message.id);
    this.#queue.push(message);
    const conn = this.#conn;
    if (conn && this.#unfinished.size >= this.#opts.maxInFlight) this.#setPaused(true, conn);
    this.#pump();
  }

  #pump(): void {
    if (this.#pumping || !this.#handler) return;
    this.#pumping = true;
    try {
      while (this.#running < this.#opts.concurrency && this.#head < this.#queue.length) {
        const message = this.#queue[this.#head]!;
        this.#queue[this.#head++] = undefined;
        if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
          this.#queue = this.#queue.slice(this.#head);
          this.#head = 0;
        }
        this.#start(message);
      }
    } finally {
      this.#pumping = false;
    }
  }

  #start(message: TmcMessage): void {
    this.#running++;
    let failed = false;
    const status: MessageStatus = {
      fail: () => {
        failed = true;
      },
      isFail: () => failed,
    };
    let result: void | Promise<void>;
    try {
      result = this.#handler!(message, status);
    } catch (e) {
      this.#finish(message, false, e);
      return;
    }
    if (result && typeof (result as Promise<void>).then === "function")
      (result as Promise<void>).then(
        () => this.#finish(message, !failed),
        (e: unknown) => this.#finish(message, false, e),
      );
    else this.#finish(message, !failed);
  }

  #finish(message: TmcMessage, ok: boolean, error?: unknown): void {
    this.#running--;
    this.#unfinished.delete(message.id);
    if (ok) {
      this.#stats.confirmed++;
      this.#pendingConfirms.push(message.id);
      this.#scheduleConfirms();
    } else {
      this.#stats.failed++;
      if (error !== undefined && !this.#iterating)
        this.#report(new TmcHandlerError(message.id, message.topic, { cause: error }));
    }
    if (this.#state === "closing") {
      if (this.#running === 0) this.#idle?.();
      return;
    }
    const conn = this.#conn;
    if (conn && this.#paused && this.#unfinished.size <= this.#opts.maxInFlight >> 1) this.#setPaused(false, conn);
    this.#pump();
  }

  #report(error: Error): void {
    if (this.listenerCount("error") > 0) this.emit("error", error);
    else process.emitWarning(error);
  }
}
