export interface LocalTmcOptions {
  /** The app key the server accepts in a connect frame. */
  appKey: string;
  /** The secret it checks connect signs (and publish requests) with. */
  appSecret: string;
  /** Default: a free port on 127.0.0.1. */
  port?: number;
  /** A delivered message not confirmed within this is delivered again. Default 5,000 ms. */
  redeliverAfterMs?: number;
  /** Unconfirmed messages one connection may hold before the server waits for confirms. Default 1,000. */
  maxUnconfirmedPerConnection?: number;
  /** Largest frame accepted from a client. Default 1 MiB. */
  maxFrameBytes?: number;
}

export interface PublishOptions {
  userId?: bigint | number | string;
  userNick?: string;
  /** The group it goes to. Default "default". */
  group?: string;
  pubTime?: Date;
}

export interface LocalTmcStats {
  published: number;
  /** Frames of messages written to clients, first deliveries and redeliveries. */
  delivered: number;
  /** Deliveries of a message already delivered before (it was not confirmed in time, or its connection ended). */
  redelivered: number;
  confirmed: number;
  /** Confirms of ids this server never published or had already confirmed. */
  strayConfirms: number;
  /** Published, not yet delivered (or given back for redelivery). */
  pending: number;
  /** Delivered, not yet confirmed. */
  unconfirmed: number;
  connections: number;
  /** Connect frames refused (bad sign, app key, timestamp or group). */
  refusedHandshakes: number;
}

export interface LocalTmc {
  /** `ws://127.0.0.1:<port>/`: pass it to `TmcClient.connect()`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>/publish`: where `publishToLocalTmc` (and `topkit tmc publish`) post. */
  readonly publishUrl: string;
  /** Queues a message for the group's connections; returns its id (64-bit, above 2^53 on purpose). */
  publish(topic: string, content: string | object, options?: PublishOptions): bigint;
  /** Ids confirmed so far. */
  readonly confirmed: ReadonlySet<bigint>;
  /** How many times the message was written to a client. */
  deliveryCount(id: bigint): number;
  stats(): LocalTmcStats;
  /** Resolves once every published message is confirmed (rejects after `timeoutMs`, default 60 s). */
  allConfirmed(timeoutMs?: number): Promise<void>;
  /** Fault: ends every client connection now, without a close handshake (their unconfirmed messages go back to the queue). */
  dropConnections(): void;
  /** Fault: ends each connection right after every `n`-th delivery overall (0 turns it off). */
  dropEvery(n: number): void;
  /** Fault: delays every delivery by `ms` (0 turns it off). */
  delay(ms: number): void;
  /** Fault: writes a frame no TMC client can read to every connection. */
  sendGarbage(): void;
  /** Fault: answers WebSocket upgrades with HTTP 503 for `ms` (refuses reconnects for a while). */
  refuseConnections(ms: number): void;
  close(): Promise<void>;
}
