import { createHash } from "node:crypto";
import { encodeFrame, MessageType, type TmcFrame, type TmcReadValue, type TmcValue, tmcInt16 } from "./frame.js";

/** TMC's endpoints (the Java SDK's defaults). */
export const TMC_URL = "ws://mc.api.taobao.com/";
export const TMC_SANDBOX_URL = "ws://mc.api.tbsandbox.com/";
export const DEFAULT_GROUP = "default";

/** `__kind` of the frames a client sends: a pull request asks for more messages, a confirm acknowledges one. */
export const MessageKind = { pullRequest: 1, confirm: 2 } as const;
/** Header flag of the connect frame. */
export const CONNECT_FLAG = 1;
/** The `sdk` field of the connect frame. */
export const SDK_NAME = "topkit-tmc";

/**
 * The connect frame's sign: upper-case MD5 of secret + each param's name and value, names sorted, + secret
 * (TOP's md5 signing, over `app_key`, `group_name` and `timestamp`). The one place client and local server get it.
 */
export function tmcSign(appSecret: string, params: { app_key: string; group_name: string; timestamp: string }): string {
  const body = Object.keys(params)
    .sort()
    .map((k) => `${k}${params[k as keyof typeof params]}`)
    .join("");
  return createHash("md5").update(`${appSecret}${body}${appSecret}`, "utf8").digest("hex").toUpperCase();
}

export function connectFrame(appKey: string, appSecret: string, groupName: string, now = Date.now()): TmcFrame {
  const params = { app_key: appKey, group_name: groupName, timestamp: String(now) };
  return {
    messageType: MessageType.connect,
    flag: CONNECT_FLAG,
    fields: new Map<string, TmcValue>([
      ...Object.entries(params),
      ["sdk", SDK_NAME],
      ["sign", tmcSign(appSecret, params)],
    ]),
  };
}

export function confirmFrame(token: string, id: bigint): TmcFrame {
  return {
    messageType: MessageType.send,
    token,
    fields: new Map<string, TmcValue>([
      ["__kind", tmcInt16(MessageKind.confirm)],
      ["id", id],
    ]),
  };
}

/**
 * Confirm frames for one token, made by copying a template and writing the id: the id field is the last
 * one, its 8 bytes right before the 2-byte end marker. Saves a Map and an encode per confirm on the hot path.
 */
export function confirmEncoder(token: string): (id: bigint) => Buffer {
  const template = encodeFrame(confirmFrame(token, 0n));
  const at = template.length - 10;
  return (id) => {
    const buf = Buffer.allocUnsafe(template.length);
    template.copy(buf);
    buf.writeBigInt64LE(id, at);
    return buf;
  };
}

export function pullFrame(token: string): TmcFrame {
  return { messageType: MessageType.send, token, fields: new Map([["__kind", tmcInt16(MessageKind.pullRequest)]]) };
}

/** `__kind` of a received send frame, whatever integer type carried it; undefined for a server message. */
export function kindOf(frame: TmcFrame<TmcReadValue>): number | undefined {
  const kind = frame.fields.get("__kind");
  return typeof kind === "number" ? kind : typeof kind === "bigint" ? Number(kind) : undefined;
}
