import { TopError } from "../errors/index.js";

/** Base of the TMC errors, so a caller can catch every message-channel failure with one `instanceof`. */
export class TmcError extends TopError {
  override name = "TmcError";
}

/**
 * A frame that cannot be read or written: truncated, oversized, an unknown header or value type, a value
 * out of its type's range. `offset` is the byte where reading stopped (-1 when writing).
 */
export class TmcFrameError extends TmcError {
  override name = "TmcFrameError";
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * TMC refused the handshake (wrong app key or secret, an app without TMC, a group that does not exist).
 * Retrying with the same credentials cannot succeed, so `connect()` rejects with it at once.
 */
export class TmcAuthError extends TmcError {
  override name = "TmcAuthError";
  constructor(
    message: string,
    readonly statusCode: number,
    readonly statusPhrase: string,
  ) {
    super(message);
  }
}

/** The WebSocket could not be opened, timed out, or closed before the handshake finished. */
export class TmcConnectionError extends TmcError {
  override name = "TmcConnectionError";
}

/** A message handler threw (or its promise rejected): the message stays unconfirmed and TMC redelivers it. */
export class TmcHandlerError extends TmcError {
  override name = "TmcHandlerError";
  constructor(
    readonly messageId: bigint,
    readonly topic: string,
    options: { cause: unknown },
  ) {
    super(
      `the handler failed on TMC message ${messageId} (${topic}): ${options.cause instanceof Error ? options.cause.message : String(options.cause)}; left unconfirmed, TMC will redeliver it`,
      options,
    );
  }
}
