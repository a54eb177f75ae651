import { TmcFrameError } from "./errors.js";

/**
 * TMC's binary frame: a protocol version byte, a message type byte, then headers until an end marker.
 * Every number is little-endian and signed (the Java SDK's reading; tmcpy reads them unsigned, which
 * only differs for values no TMC frame carries). Strings are an int32 byte count and UTF-8.
 */
export const PROTOCOL_VERSION = 2;

export const MessageType = { connect: 0, connectAck: 1, send: 2, sendAck: 3 } as const;
export const HeaderType = { end: 0, custom: 1, statusCode: 2, statusPhrase: 3, flag: 4, token: 5 } as const;
export const ValueType = {
  void: 0,
  countedString: 1,
  byte: 2,
  int16: 3,
  int32: 4,
  int64: 5,
  date: 6,
  byteArray: 7,
} as const;

/** A small integer written with the narrower `byte` or `int16` value type (read back as a plain number). */
export class TmcNarrowInt {
  constructor(
    readonly type: typeof ValueType.byte | typeof ValueType.int16,
    readonly value: number,
  ) {}
}
export const tmcByte = (value: number) => new TmcNarrowInt(ValueType.byte, value);
export const tmcInt16 = (value: number) => new TmcNarrowInt(ValueType.int16, value);

/**
 * A custom header's value. Written: null -> void, string -> counted string, number -> int32 (a whole
 * number in range, else refused: use bigint), bigint -> int64, Date -> date (epoch ms), bytes -> byte array.
 * Read: byte, int16 and int32 all come back as numbers.
 */
export type TmcValue = null | string | number | bigint | Date | Uint8Array | TmcNarrowInt;
export type TmcReadValue = Exclude<TmcValue, TmcNarrowInt>;

export interface TmcFrame<V = TmcValue> {
  messageType: number;
  statusCode?: number;
  statusPhrase?: string;
  flag?: number;
  token?: string;
  /** Custom key/value headers in frame order. */
  fields: Map<string, V>;
}

/** Frames above this are refused both ways unless the caller sets its own bound. */
export const DEFAULT_MAX_FRAME_BYTES = 8 * 1024 * 1024;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function checkInt(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new TmcFrameError(`${what} must be a whole number from ${min} to ${max}, got ${value}`, -1);
}

function valueSize(value: TmcValue, key: string): number {
  if (value === null) return 1;
  switch (typeof value) {
    case "string":
      return 5 + Buffer.byteLength(value);
    case "number":
      checkInt(value, INT32_MIN, INT32_MAX, `field "${key}" (int32; pass a bigint for int64)`);
      return 5;
    case "bigint":
      if (BigInt.asIntN(64, value) !== value)
        throw new TmcFrameError(`field "${key}" does not fit a signed int64: ${value}`, -1);
      return 9;
    default:
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new TmcFrameError(`field "${key}" is an invalid Date`, -1);
        return 9;
      }
      if (value instanceof Uint8Array) return 5 + value.length;
      if (value instanceof TmcNarrowInt) {
        const byte = value.type === ValueType.byte;
        checkInt(value.value, byte ? 0 : -32768, byte ? 255 : 32767, `field "${key}" (${byte ? "byte" : "int16"})`);
        return byte ? 2 : 3;
      }
      throw new TmcFrameError(`field "${key}" has a value TMC cannot carry (${typeof value})`, -1);
  }
}

/** Encodes a frame. Throws TmcFrameError for a value out of range or a frame above `maxBytes`. */
export function encodeFrame(frame: TmcFrame, maxBytes = DEFAULT_MAX_FRAME_BYTES): Buffer {
  checkInt(frame.messageType, 0, 255, "message type");
  let size = 4; // version, type, end-of-headers
  if (frame.statusCode !== undefined) {
    checkInt(frame.statusCode, INT32_MIN, INT32_MAX, "status code");
    size += 6;
  }
  if (frame.statusPhrase !== undefined) size += 6 + Buffer.byteLength(frame.statusPhrase);
  if (frame.flag !== undefined) {
    checkInt(frame.flag, INT32_MIN, INT32_MAX, "flag");
    size += 6;
  }
  if (frame.token !== undefined) size += 6 + Buffer.byteLength(frame.token);
  for (const [key, value] of frame.fields) size += 6 + Buffer.byteLength(key) + valueSize(value, key);
  if (size > maxBytes) throw new TmcFrameError(`frame of ${size} bytes is above the limit of ${maxBytes}`, -1);

  const buf = Buffer.allocUnsafe(size);
  let at = buf.writeUInt8(PROTOCOL_VERSION, 0);
  at = buf.writeUInt8(frame.messageType, at);
  const text = (s: string) => {
    const n = buf.write(s, at + 4, "utf8");
    buf.writeInt32LE(n, at);
    at += 4 + n;
  };
  if (frame.statusCode !== undefined) {
    at = buf.writeInt16LE(HeaderType.statusCode, at);
    at = buf.writeInt32LE(frame.statusCode, at);
  }
  // tmcpy writes the phrase under the status-code header; the Java SDK and this codec use header 3.
  if (frame.statusPhrase !== undefined) {
    at = buf.writeInt16LE(HeaderType.statusPhrase, at);
    text(frame.statusPhrase);
  }
  if (frame.flag !== undefined) {
    at = buf.writeInt16LE(HeaderType.flag, at);
    at = buf.writeInt32LE(frame.flag, at);
  }
  if (frame.token !== undefined) {
    at = buf.writeInt16LE(HeaderType.token, at);
    text(frame.token);
  }
  for (const [key, value] of frame.fields) {
    at = buf.writeInt16LE(HeaderType.custom, at);
    text(key);
    if (value === null) at = buf.writeUInt8(ValueType.void, at);
    else if (typeof value === "string") {
      at = buf.writeUInt8(ValueType.countedString, at);
      text(value);
    } else if (typeof value === "number") {
      at = buf.writeUInt8(ValueType.int32, at);
      at = buf.writeInt32LE(value, at);
    } else if (typeof value === "bigint") {
      at = buf.writeUInt8(ValueType.int64, at);
      at = buf.writeBigInt64LE(value, at);
    } else if (value instanceof Date) {
      at = buf.writeUInt8(ValueType.date, at);
      at = buf.writeBigInt64LE(BigInt(value.getTime()), at);
    } else if (value instanceof TmcNarrowInt) {
      at = buf.writeUInt8(value.type, at);
      at = value.type === ValueType.byte ? buf.writeUInt8(value.value, at) : buf.writeInt16LE(value.value, at);
    } else {
      at = buf.writeUInt8(ValueType.byteArray, at);
      at = buf.writeInt32LE(value.length, at);
      buf.set(value, at);
      at += value.length;
    }
  }
  buf.writeInt16LE(HeaderType.end, at);
  return buf;
}

/** Reads frames with bounds checks: every failure names the byte offset and what was expected there. */
class FrameReader {
  at = 0;
  constructor(readonly buf: Buffer) {}

  need(n: number, what: string): void {
    if (this.at + n > this.buf.length)
      throw new TmcFrameError(
        `truncated frame: ${what} needs ${n} bytes at offset ${this.at}, the frame has ${this.buf.length}`,
        this.at,
      );
  }
  u8(what: string): number {
    this.need(1, what);
    return this.buf[this.at++]!;
  }
  i16(what: string): number {
    this.need(2, what);
    const v = this.buf.readInt16LE(this.at);
    this.at += 2;
    return v;
  }
  i32(what: string): number {
    this.need(4, what);
    const v = this.buf.readInt32LE(this.at);
    this.at += 4;
    return v;
  }
  i64(what: string): bigint {
    this.need(8, what);
    const v = this.buf.readBigInt64LE(this.at);
    this.at += 8;
    return v;
  }
  length(what: string): number {
    const n = this.i32(`${what} length`);
    if (n < 0) throw new TmcFrameError(`negative length ${n} for ${what} at offset ${this.at - 4}`, this.at - 4);
    this.need(n, what);
    return n;
  }
  text(what: string): string {
    const n = this.length(what);
    const s = this.buf.toString("utf8", this.at, this.at + n);
    this.at += n;
    return s;
  }
  bytes(what: string): Uint8Array {
    const n = this.length(what);
    const b = new Uint8Array(this.buf.subarray(this.at, this.at + n));
    this.at += n;
    return b;
  }

  value(key: string): TmcReadValue {
    const what = `value of "${key}"`;
    const type = this.u8(`${what} type`);
    switch (type) {
      case ValueType.void:
        return null;
      case ValueType.countedString:
        return this.text(what);
      case ValueType.byte:
        return this.u8(what);
      case ValueType.int16:
        return this.i16(what);
      case ValueType.int32:
        return this.i32(what);
      case ValueType.int64:
        return this.i64(what);
      case ValueType.date:
        return new Date(Number(this.i64(what)));
      case ValueType.byteArray:
        return this.bytes(what);
      default:
        throw new TmcFrameError(`unknown value type ${type} for "${key}" at offset ${this.at - 1}`, this.at - 1);
    }
  }
}

/**
 * Decodes one frame. Refuses, with a TmcFrameError naming the offset: frames above `maxBytes`, another
 * protocol version, truncation anywhere, unknown header or value types, and bytes after the end marker.
 */
export function decodeFrame(data: Uint8Array, maxBytes = DEFAULT_MAX_FRAME_BYTES): TmcFrame<TmcReadValue> {
  if (data.length > maxBytes)
    throw new TmcFrameError(`frame of ${data.length} bytes is above the limit of ${maxBytes}`, 0);
  const r = new FrameReader(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length));
  const version = r.u8("protocol version");
  if (version !== PROTOCOL_VERSION)
    throw new TmcFrameError(`protocol version ${version} is not TMC's (${PROTOCOL_VERSION})`, 0);
  const frame: TmcFrame<TmcReadValue> = { messageType: r.u8("message type"), fields: new Map() };
  for (;;) {
    const header = r.i16("header type");
    switch (header) {
      case HeaderType.end:
        if (r.at !== r.buf.length)
          throw new TmcFrameError(`${r.buf.length - r.at} bytes after the end of headers at offset ${r.at}`, r.at);
        return frame;
      case HeaderType.custom: {
        const key = r.text("field name");
        frame.fields.set(key, r.value(key));
        break;
      }
      case HeaderType.statusCode:
        frame.statusCode = r.i32("status code");
        break;
      case HeaderType.statusPhrase:
        frame.statusPhrase = r.text("status phrase");
        break;
      case HeaderType.flag:
        frame.flag = r.i32("flag");
        break;
      case HeaderType.token:
        frame.token = r.text("token");
        break;
      default:
        throw new TmcFrameError(`unknown header type ${header} at offset ${r.at - 2}`, r.at - 2);
    }
  }
}
