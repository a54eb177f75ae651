import { isIntegerText } from "../ir/doc-values.js";
import { parseLosslessJson } from "../protocol/lossless-json.js";
import { RawNumber } from "../runtime/raw-number.js";
import { setOwn } from "../runtime/set-own.js";
import { parseTopDate } from "../runtime/top-date.js";
import { TmcFrameError } from "./errors.js";
import type { TmcFrame, TmcReadValue } from "./frame.js";

/** A message's JSON content: every whole number is a bigint (TMC's `tid`, `oid`, refund ids are 64-bit). */
export type TmcJson = null | boolean | number | bigint | string | TmcJson[] | { [key: string]: TmcJson };

/** One message from TMC, as the handler and `messages()` see it. */
export interface TmcMessage {
  /** TMC's message id: what a confirm names. */
  readonly id: bigint;
  /** e.g. `taobao_trade_TradeCreate`. */
  readonly topic: string;
  /**
   * The `content` JSON, parsed losslessly: whole numbers are bigints whatever their size (so `tid` has one
   * type whether or not it fits a double), fractions are numbers. Undefined when the text is not JSON.
   */
  readonly content: TmcJson | undefined;
  /** The `content` text as TMC sent it. */
  readonly rawContent: string;
  readonly userId?: bigint;
  readonly userNick?: string;
  readonly pubTime?: Date;
  readonly pubAppKey?: string;
  /** When TMC sent it (lag = arrival - this, else - pubTime). */
  readonly outgoingTime?: Date;
  /** Every custom header of the frame, including the ones above, as read. */
  readonly fields: ReadonlyMap<string, TmcReadValue>;
}

/** A JSON tree from the lossless parser with RawNumbers made bigints (whole) or numbers (fractions). */
function toTmcJson(value: unknown): TmcJson {
  if (value instanceof RawNumber) {
    const t = value.text;
    return isIntegerText(t) ? BigInt(t) : Number(t);
  }
  if (Array.isArray(value)) return value.map(toTmcJson);
  if (value !== null && typeof value === "object") {
    const out: Record<string, TmcJson> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, toTmcJson(v));
    return out;
  }
  return value as TmcJson;
}

/** Parses a message's content text; undefined when it is not JSON (the raw text is kept beside it). */
export function parseContent(text: string): TmcJson | undefined {
  try {
    return toTmcJson(parseLosslessJson(text));
  } catch {
    return undefined;
  }
}

function asBigInt(v: TmcReadValue | undefined): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === "string" && /^-?\d{1,19}$/.test(v)) return BigInt(v);
  return undefined;
}

function asDate(v: TmcReadValue | undefined): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v === "bigint") return new Date(Number(v));
  if (typeof v === "string" || typeof v === "number") return parseTopDate(v);
  return undefined;
}

const asString = (v: TmcReadValue | undefined) => (typeof v === "string" ? v : undefined);

/**
 * A server's send frame as a message. Throws TmcFrameError when it lacks an id (nothing could confirm it)
 * or a topic; other fields are optional, and kept raw in `fields` whatever their type.
 */
export function readMessage(frame: TmcFrame<TmcReadValue>): TmcMessage {
  const f = frame.fields;
  const id = asBigInt(f.get("id"));
  if (id === undefined) throw new TmcFrameError("a TMC message without a 64-bit `id` field", -1);
  const topic = asString(f.get("topic"));
  if (!topic) throw new TmcFrameError(`TMC message ${id} has no \`topic\` field`, -1);
  const raw = f.get("content");
  const rawContent = typeof raw === "string" ? raw : "";
  const message: {
    -readonly [K in keyof TmcMessage]: TmcMessage[K];
  } = { id, topic, content: parseContent(rawContent), rawContent, fields: f };
  const userId = asBigInt(f.get("user_id"));
  if (userId !== undefined) message.userId = userId;
  const userNick = asString(f.get("user_nick"));
  if (userNick !== undefined) message.userNick = userNick;
  const pubTime = asDate(f.get("pub_time"));
  if (pubTime !== undefined) message.pubTime = pubTime;
  const pubAppKey = asString(f.get("pub_app_key"));
  if (pubAppKey !== undefined) message.pubAppKey = pubAppKey;
  const outgoingTime = asDate(f.get("outgoing_time"));
  if (outgoingTime !== undefined) message.outgoingTime = outgoingTime;
  return message;
}
