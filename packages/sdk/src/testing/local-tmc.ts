import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { losslessStringify } from "../runtime/lossless-stringify.js";
import {
  decodeFrame,
  encodeFrame,
  MessageType,
  type TmcFrame,
  type TmcReadValue,
  type TmcValue,
} from "../tmc/frame.js";
import { DEFAULT_GROUP, kindOf, MessageKind, tmcSign } from "../tmc/protocol.js";
import type { LocalTmc, LocalTmcOptions, LocalTmcStats, PublishOptions } from "./local-tmc-types.js";

/** What a refused connect frame carries: TMC answers the handshake with a status and then closes. */
export const REFUSED_STATUS = 401;
/** A connect timestamp further than this from the server's clock is refused (a replayed or skewed handshake). */
const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
/** Frames written to one connection and not yet flushed to its socket before the server waits. */
const MAX_UNFLUSHED = 128;
/** Ids start above 2^53 so that a client that reads them as doubles loses digits at once. */
const FIRST_ID = 2n ** 62n + 1n;

interface Stored {
  readonly id: bigint;
  readonly group: string;
  readonly frame: Buffer;
  deliveredAt: number;
}

interface Conn {
  readonly ws: WebSocket;
  group: string | undefined;
  token: string | undefined;
  readonly unconfirmed: Map<bigint, Stored>;
  unflushed: number;
}

/**
 * A group's messages waiting for delivery, oldest first. An array with a moving head (a Map's first entry is
 * found by skipping the holes of earlier deletes: quadratic over 100,000 messages), plus an index by id so
 * that a confirm of a queued (given back) message removes it in O(1); its array slot is skipped later.
 */
class PendingQueue {
  #items: (Stored | undefined)[] = [];
  #head = 0;
  readonly byId = new Map<bigint, Stored>();

  get size(): number {
    return this.byId.size;
  }
  push(s: Stored): void {
    this.#items.push(s);
    this.byId.set(s.id, s);
  }
  /** Puts these before everything queued (they are the oldest). */
  unshift(stored: readonly Stored[]): void {
    this.#items = [...stored, ...this.#items.slice(this.#head)];
    this.#head = 0;
    for (const s of stored) this.byId.set(s.id, s);
  }
  shift(): Stored | undefined {
    while (this.#head < this.#items.length) {
      const s = this.#items[this.#head];
      this.#items[this.#head++] = undefined;
      if (s && this.byId.get(s.id) === s) {
        this.byId.delete(s.id);
        if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
          this.#items = this.#items.slice(this.#head);
          this.#head = 0;
        }
        return s;
      }
    }
    return undefined;
  }
}

interface Group {
  readonly pending: PendingQueue;
  readonly conns: Conn[];
  next: number;
}

function checkedOptions(o: LocalTmcOptions): void {
  for (const name of ["appKey", "appSecret"] as const)
    if (typeof o?.[name] !== "string" || o[name].trim() === "") throw new TypeError(`createLocalTmc: ${name} is empty`);
  for (const name of ["redeliverAfterMs", "maxUnconfirmedPerConnection", "maxFrameBytes"] as const) {
    const v = o[name];
    if (v !== undefined && !(Number.isInteger(v) && v >= 1))
      throw new TypeError(`createLocalTmc: ${name} must be a whole number ≥ 1, got ${v}`);
  }
}

/** The socket under a ws connection (`_socket`, stable across ws 8), for cork/uncork. */
const socketOf = (conn: Conn) => (conn.ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;

const asText = (v: TmcReadValue | undefined) => (typeof v === "string" ? v : undefined);

/**
 * Starts a local TMC server on 127.0.0.1 that speaks TMC's WebSocket frames: it checks connect signs as TMC
 * does, delivers published messages to the group's connections in turn, redelivers what is not confirmed
 * in time or whose connection ended, records confirms, and injects faults.
 *
 * @example
 * ```ts
 * const tmc = await createLocalTmc({ appKey: "12345678", appSecret: "test-secret" });
 * const client = new TmcClient("12345678", "test-secret");
 * client.setMessageHandler((message) => console.log(message.topic, message.content));
 * await client.connect(tmc.url);
 * tmc.publish("taobao_trade_TradeCreate", { tid: 1234567890123456789n });
 * ```
 */
export async function createLocalTmc(options: LocalTmcOptions): Promise<LocalTmc> {
  checkedOptions(options);
  const { appKey, appSecret } = options;
  const redeliverAfterMs = options.redeliverAfterMs ?? 5000;
  const maxUnconfirmed = options.maxUnconfirmedPerConnection ?? 1000;
  const maxFrameBytes = options.maxFrameBytes ?? 1024 * 1024;

  const groups = new Map<string, Group>();
  const conns = new Set<Conn>();
  const confirmed = new Set<bigint>();
  const deliveries = new Map<bigint, number>();
  const stats: LocalTmcStats = {
    published: 0,
    delivered: 0,
    redelivered: 0,
    confirmed: 0,
    strayConfirms: 0,
    pending: 0,
    unconfirmed: 0,
    connections: 0,
    refusedHandshakes: 0,
  };
  let nextId = FIRST_ID;
  let dropEveryN = 0;
  let delayMs = 0;
  let refuseUntil = 0;
  let pumpScheduled = false;
  let confirmWaiters: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const groupOf = (name: string): Group => {
    let g = groups.get(name);
    if (!g) {
      g = { pending: new PendingQueue(), conns: [], next: 0 };
      groups.set(name, g);
    }
    return g;
  };

  function giveBack(conn: Conn, stored: Stored[]): void {
    if (stored.length === 0) return;
    const g = groupOf(stored[0]!.group);
    for (const s of stored) conn.unconfirmed.delete(s.id);
    g.pending.unshift(stored);
    schedulePump();
  }

  function schedulePump(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      for (const g of groups.values()) pump(g);
    });
  }

  function write(conn: Conn, s: Stored): void {
    const n = (deliveries.get(s.id) ?? 0) + 1;
    deliveries.set(s.id, n);
    stats.delivered++;
    if (n > 1) stats.redelivered++;
    conn.unflushed++;
    conn.ws.send(s.frame, { binary: true }, () => {
      conn.unflushed--;
      schedulePump();
    });
    if (dropEveryN > 0 && stats.delivered % dropEveryN === 0) setImmediate(() => conn.ws.terminate());
  }

  function pump(g: Group): void {
    // Corked, a burst of deliveries is one socket write per connection instead of one per message.
    const corked: Conn[] = [];
    let idle = 0;
    while (g.pending.size > 0 && idle < g.conns.length) {
      const conn = g.conns[g.next++ % g.conns.length]!;
      if (conn.unconfirmed.size >= maxUnconfirmed || conn.unflushed >= MAX_UNFLUSHED) {
        idle++;
        continue;
      }
      idle = 0;
      if (!corked.includes(conn)) {
        corked.push(conn);
        socketOf(conn)?.cork();
      }
      const s = g.pending.shift()!;
      const id = s.id;
      s.deliveredAt = Date.now();
      conn.unconfirmed.set(id, s);
      if (delayMs > 0) {
        conn.unflushed++;
        const t = setTimeout(() => {
          timers.delete(t);
          conn.unflushed--;
          if (conn.unconfirmed.get(id) === s && conns.has(conn)) write(conn, s);
        }, delayMs);
        timers.add(t);
      } else write(conn, s);
    }
    for (const c of corked) socketOf(c)?.uncork();
  }

  function confirm(conn: Conn, id: bigint): void {
    const g = conn.group === undefined ? undefined : groups.get(conn.group);
    let s = conn.unconfirmed.get(id);
    if (s) conn.unconfirmed.delete(id);
    else if (g) {
      // Confirmed after a reconnect: the message may be queued again or held by another connection.
      s = g.pending.byId.get(id);
      if (s) g.pending.byId.delete(id);
      else
        for (const c of g.conns) {
          s = c.unconfirmed.get(id);
          if (s) {
            c.unconfirmed.delete(id);
            break;
          }
        }
    }
    if (!s || confirmed.has(id)) {
      stats.strayConfirms++;
      return;
    }
    confirmed.add(id);
    stats.confirmed++;
    if (stats.confirmed === stats.published && confirmWaiters.length) {
      const w = confirmWaiters;
      confirmWaiters = [];
      for (const f of w) f();
    }
    schedulePump();
  }

  function answer(conn: Conn, frame: TmcFrame): void {
    conn.ws.send(encodeFrame(frame), { binary: true });
  }

  function handshake(conn: Conn, frame: TmcFrame<TmcReadValue>): void {
    const f = frame.fields;
    const params = {
      app_key: asText(f.get("app_key")) ?? "",
      group_name: asText(f.get("group_name")) ?? "",
      timestamp: asText(f.get("timestamp")) ?? String(f.get("timestamp") ?? ""),
    };
    const refuse = (phrase: string) => {
      stats.refusedHandshakes++;
      answer(conn, {
        messageType: MessageType.connectAck,
        statusCode: REFUSED_STATUS,
        statusPhrase: phrase,
        fields: new Map(),
      });
      conn.ws.close(1008, "handshake refused");
    };
    const ts = Number(params.timestamp);
    const refusal =
      params.app_key !== appKey
        ? `unknown app key ${JSON.stringify(params.app_key)}`
        : params.group_name === ""
          ? "group_name is missing"
          : !Number.isFinite(ts) || Math.abs(Date.now() - ts) > TIMESTAMP_WINDOW_MS
            ? "timestamp is missing or more than 15 minutes from the server's clock"
            : asText(f.get("sign")) !== tmcSign(appSecret, params)
              ? "invalid sign"
              : undefined;
    if (refusal !== undefined) {
      refuse(refusal);
      return;
    }
    conn.group = params.group_name;
    conn.token = randomBytes(12).toString("hex");
    groupOf(conn.group).conns.push(conn);
    answer(conn, { messageType: MessageType.connectAck, statusCode: 0, token: conn.token, fields: new Map() });
    schedulePump();
  }

  function onFrame(conn: Conn, data: Buffer): void {
    let frame: TmcFrame<TmcReadValue>;
    try {
      frame = decodeFrame(data, maxFrameBytes);
    } catch {
      conn.ws.close(1002, "unreadable TMC frame");
      return;
    }
    if (conn.token === undefined) {
      if (frame.messageType === MessageType.connect) handshake(conn, frame);
      else conn.ws.close(1002, "connect first");
      return;
    }
    if (frame.messageType !== MessageType.send || frame.token !== conn.token) {
      answer(conn, {
        messageType: MessageType.sendAck,
        statusCode: 400,
        statusPhrase: "bad token or message type",
        fields: new Map(),
      });
      return;
    }
    const kind = kindOf(frame);
    if (kind === MessageKind.confirm) {
      const id = frame.fields.get("id");
      if (typeof id === "bigint") confirm(conn, id);
      else stats.strayConfirms++;
    } else if (kind === MessageKind.pullRequest) schedulePump();
  }

  function onClose(conn: Conn): void {
    conns.delete(conn);
    stats.connections = conns.size;
    if (conn.group === undefined) return;
    const g = groupOf(conn.group);
    const i = g.conns.indexOf(conn);
    if (i >= 0) g.conns.splice(i, 1);
    giveBack(conn, [...conn.unconfirmed.values()]);
  }

  const sweep = setInterval(
    () => {
      const due = Date.now() - redeliverAfterMs;
      for (const conn of conns) {
        const late: Stored[] = [];
        for (const s of conn.unconfirmed.values()) {
          if (s.deliveredAt > due) break;
          late.push(s);
        }
        giveBack(conn, late);
      }
    },
    Math.max(20, redeliverAfterMs >> 2),
  );
  sweep.unref();

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes, perMessageDeflate: false });
  wss.on("connection", (ws) => {
    const conn: Conn = { ws, group: undefined, token: undefined, unconfirmed: new Map(), unflushed: 0 };
    conns.add(conn);
    stats.connections = conns.size;
    ws.on("message", (data, isBinary) => {
      if (isBinary) onFrame(conn, data as Buffer);
      else ws.close(1003, "TMC frames are binary");
    });
    ws.on("close", () => onClose(conn));
    ws.on("error", () => ws.terminate());
  });

  const server = createServer((req, res) => {
    handlePublish(req, res).catch((e: Error) => sendJson(res, 500, { error: e.message }));
  });
  server.on("upgrade", (req, socket, head) => {
    if (Date.now() < refuseUntil) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });

  function publish(topic: string, content: string | object, opts: PublishOptions = {}): bigint {
    if (typeof topic !== "string" || topic === "") throw new TypeError("LocalTmc.publish: topic is empty");
    const id = nextId++;
    const group = opts.group ?? DEFAULT_GROUP;
    const now = new Date();
    const fields = new Map<string, TmcValue>([
      ["id", id],
      ["topic", topic],
      ["content", typeof content === "string" ? content : losslessStringify(content)],
      ["pub_time", opts.pubTime ?? now],
      ["pub_app_key", appKey],
      ["outgoing_time", now],
    ]);
    if (opts.userId !== undefined) fields.set("user_id", BigInt(opts.userId));
    if (opts.userNick !== undefined) fields.set("user_nick", opts.userNick);
    const frame = encodeFrame({ messageType: MessageType.send, fields });
    groupOf(group).pending.push({ id, group, frame, deliveredAt: 0 });
    stats.published++;
    schedulePump();
    return id;
  }

  /** POST /publish: a JSON body signed like a connect frame, so `topkit tmc publish` can reach this server. */
  async function handlePublish(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST" || req.url !== "/publish")
      return sendJson(res, 404, { error: "this is a local TMC server: WebSocket on /, POST /publish" });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxFrameBytes) return sendJson(res, 413, { error: `body above ${maxFrameBytes} bytes` });
      chunks.push(chunk);
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      return sendJson(res, 400, { error: "the body is not JSON" });
    }
    const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : undefined);
    const group = str("group") ?? DEFAULT_GROUP;
    const params = { app_key: str("app_key") ?? "", group_name: group, timestamp: str("timestamp") ?? "" };
    if (params.app_key !== appKey || str("sign") !== tmcSign(appSecret, params))
      return sendJson(res, 401, { error: "unknown app key or invalid sign" });
    const topic = str("topic");
    const content = str("content");
    if (!topic || content === undefined)
      return sendJson(res, 400, { error: "topic and content (JSON text) are required" });
    const userId = str("user_id");
    if (userId !== undefined && !/^\d{1,19}$/.test(userId))
      return sendJson(res, 400, { error: "user_id must be digits" });
    const id = publish(topic, content, {
      group,
      ...(userId !== undefined && { userId }),
      ...(str("user_nick") !== undefined && { userNick: str("user_nick")! }),
    });
    sendJson(res, 200, { id: id.toString() });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/`,
    publishUrl: `http://127.0.0.1:${port}/publish`,
    publish,
    confirmed,
    deliveryCount: (id) => deliveries.get(id) ?? 0,
    stats: () => {
      let pending = 0;
      for (const g of groups.values()) pending += g.pending.size;
      let unconfirmed = 0;
      for (const c of conns) unconfirmed += c.unconfirmed.size;
      return { ...stats, pending, unconfirmed };
    },
    allConfirmed: (timeoutMs = 60_000) =>
      stats.confirmed === stats.published
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            const t = setTimeout(
              () =>
                reject(
                  new Error(`${stats.published - stats.confirmed} messages still unconfirmed after ${timeoutMs} ms`),
                ),
              timeoutMs,
            );
            confirmWaiters.push(() => {
              clearTimeout(t);
              resolve();
            });
          }),
    dropConnections: () => {
      for (const c of conns) c.ws.terminate();
    },
    dropEvery: (n) => {
      dropEveryN = n;
    },
    delay: (ms) => {
      delayMs = ms;
    },
    sendGarbage: () => {
      for (const c of conns) c.ws.send(Buffer.from([0xff, 0x02, 0x7f, 0x7f]), { binary: true });
    },
    refuseConnections: (ms) => {
      refuseUntil = Date.now() + ms;
    },
    close: async () => {
      clearInterval(sweep);
      for (const t of timers) clearTimeout(t);
      for (const c of conns) c.ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}
