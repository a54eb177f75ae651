/**
 * TMC, the Taobao Message Channel (`@topkit/sdk/tmc`): a WebSocket client that receives TOP's messages
 * (orders, refunds, items) with at-least-once delivery, and the frame codec it speaks. Separate from the
 * root export so that apps that never import it pay nothing for it (nor for `ws`).
 */
export type {
  MessageHandler,
  MessageStatus,
  TmcClientEvents,
  TmcClientOptions,
  TmcClientStats,
} from "./client.js";
export { TmcClient } from "./client.js";
export { TmcAuthError, TmcConnectionError, TmcError, TmcFrameError, TmcHandlerError } from "./errors.js";
export type { TmcFrame, TmcReadValue, TmcValue } from "./frame.js";
export {
  DEFAULT_MAX_FRAME_BYTES,
  decodeFrame,
  encodeFrame,
  HeaderType,
  MessageType,
  PROTOCOL_VERSION,
  TmcNarrowInt,
  tmcByte,
  tmcInt16,
  ValueType,
} from "./frame.js";
export type { TmcJson, TmcMessage } from "./message.js";
export { parseContent } from "./message.js";
export { DEFAULT_GROUP, MessageKind, TMC_SANDBOX_URL, TMC_URL, tmcSign } from "./protocol.js";
