import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeFrame,
  encodeFrame,
  HeaderType,
  MessageType,
  type TmcFrame,
  TmcFrameError,
  type TmcValue,
  tmcByte,
  tmcInt16,
  ValueType,
} from "../../src/tmc/index.js";
import { confirmEncoder, confirmFrame } from "../../src/tmc/protocol.js";

/** Hand-written little-endian bytes, so the codec is checked against the layout, not against itself. */
function bytes(...parts: (number[] | Buffer)[]): Buffer {
  return Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
}
const i16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16LE(n);
  return b;
};
const i32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};
const i64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(n);
  return b;
};
const str = (s: string) => bytes(i32(Buffer.byteLength(s)), Buffer.from(s, "utf8"));
const custom = (key: string, type: number, value: Buffer | number[]) =>
  bytes(i16(HeaderType.custom), str(key), [type], value);

describe("each header type, both ways", () => {
  const wire = bytes(
    [2, MessageType.connectAck],
    i16(HeaderType.statusCode),
    i32(-7),
    i16(HeaderType.statusPhrase),
    str("签名错误 bad sign"),
    i16(HeaderType.flag),
    i32(1),
    i16(HeaderType.token),
    str("tok-1"),
    i16(HeaderType.end),
  );
  const frame: TmcFrame = {
    messageType: MessageType.connectAck,
    statusCode: -7,
    statusPhrase: "签名错误 bad sign",
    flag: 1,
    token: "tok-1",
    fields: new Map(),
  };
  test("decode", () => expect(decodeFrame(wire)).toEqual(frame));
  test("encode", () => expect(encodeFrame(frame)).toEqual(wire));
});

describe("each value type, both ways", () => {
  const date = new Date(Date.UTC(2026, 11, 6, 1, 2, 3, 456));
  const cases: [string, TmcValue, TmcValue, number, Buffer | number[]][] = [
    ["void", null, null, ValueType.void, []],
    ["counted string", "订单 tid", "订单 tid", ValueType.countedString, str("订单 tid")],
    ["empty string", "", "", ValueType.countedString, i32(0)],
    ["byte", tmcByte(200), 200, ValueType.byte, [200]],
    ["int16", tmcInt16(-12345), -12345, ValueType.int16, i16(-12345)],
    ["int32", -2147483648, -2147483648, ValueType.int32, i32(-2147483648)],
    ["int64", 9223372036854775807n, 9223372036854775807n, ValueType.int64, i64(9223372036854775807n)],
    ["date", date, date, ValueType.date, i64(BigInt(date.getTime()))],
    [
      "byte array",
      new Uint8Array([0, 1, 255]),
      new Uint8Array([0, 1, 255]),
      ValueType.byteArray,
      bytes(i32(3), [0, 1, 255]),
    ],
  ];
  for (const [name, written, read, type, value] of cases) {
    const wire = bytes([2, MessageType.send], custom("k", type, value), i16(HeaderType.end));
    test(`${name}: encode`, () => {
      expect(encodeFrame({ messageType: MessageType.send, fields: new Map([["k", written]]) })).toEqual(wire);
    });
    test(`${name}: decode`, () => {
      expect(decodeFrame(wire).fields.get("k")).toEqual(read);
    });
  }
});

describe("refusals", () => {
  const good = encodeFrame({
    messageType: MessageType.send,
    token: "t",
    fields: new Map<string, TmcValue>([
      ["id", 1n],
      ["content", '{"tid":1}'],
    ]),
  });

  test("every truncation of a frame is refused with the offset, never read as a shorter frame", () => {
    for (let n = 0; n < good.length; n++) {
      const cut = good.subarray(0, n);
      expect(() => decodeFrame(cut), `cut at ${n}`).toThrow(TmcFrameError);
      try {
        decodeFrame(cut);
      } catch (e) {
        expect((e as Error).message).toMatch(/truncated frame: .* at offset \d+, the frame has \d+/);
      }
    }
  });

  test("oversized frames are refused both ways", () => {
    expect(() => decodeFrame(good, good.length - 1)).toThrow(
      `frame of ${good.length} bytes is above the limit of ${good.length - 1}`,
    );
    expect(() => encodeFrame({ messageType: 2, fields: new Map([["content", "x".repeat(100)]]) }, 50)).toThrow(
      /frame of \d+ bytes is above the limit of 50/,
    );
  });

  test("a string length beyond the frame is refused, not allocated", () => {
    const wire = bytes([2, 2], i16(HeaderType.token), i32(0x7fffffff), [1, 2]);
    expect(() => decodeFrame(wire)).toThrow(/truncated frame: token needs 2147483647 bytes at offset 8/);
    expect(() => decodeFrame(bytes([2, 2], i16(HeaderType.token), i32(-1)))).toThrow(/negative length -1 for token/);
  });

  test("unknown version, header and value types, trailing bytes", () => {
    expect(() => decodeFrame(bytes([1, 2], i16(0)))).toThrow("protocol version 1 is not TMC's (2)");
    expect(() => decodeFrame(bytes([2, 2], i16(9)))).toThrow("unknown header type 9 at offset 2");
    expect(() => decodeFrame(bytes([2, 2], custom("k", 8, []), i16(0)))).toThrow('unknown value type 8 for "k"');
    expect(() => decodeFrame(bytes([2, 2], i16(0), [0]))).toThrow("1 bytes after the end of headers at offset 4");
  });

  test("values out of their type's range are refused when writing", () => {
    const w = (v: TmcValue) => () => encodeFrame({ messageType: 2, fields: new Map([["k", v]]) });
    expect(w(2 ** 31)).toThrow(/int32; pass a bigint for int64/);
    expect(w(1.5)).toThrow(TmcFrameError);
    expect(w(2n ** 63n)).toThrow("does not fit a signed int64");
    expect(w(tmcByte(256))).toThrow(/byte/);
    expect(w(new Date(Number.NaN))).toThrow("invalid Date");
  });
});

const value: fc.Arbitrary<TmcValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: "grapheme" }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.date({ noInvalidDate: true }),
  fc.uint8Array({ maxLength: 64 }),
);

test("fast-check: decode(encode(frame)) is the frame, and re-encoding gives the same bytes", () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          messageType: fc.integer({ min: 0, max: 3 }),
          statusCode: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          statusPhrase: fc.string({ unit: "grapheme" }),
          flag: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          token: fc.string(),
          fields: fc.uniqueArray(fc.tuple(fc.string({ unit: "grapheme" }), value), {
            selector: ([k]) => k,
            maxLength: 12,
          }),
        },
        { requiredKeys: ["messageType", "fields"] },
      ),
      (r) => {
        const frame: TmcFrame = { ...r, fields: new Map(r.fields) };
        const wire = encodeFrame(frame);
        const back = decodeFrame(wire);
        expect(back).toEqual(frame);
        expect(encodeFrame(back)).toEqual(wire);
      },
    ),
    { numRuns: 500 },
  );
});

test("fast-check: random bytes either decode or throw TmcFrameError, nothing else", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
      const wire = Buffer.from([2, 2, ...b]);
      try {
        decodeFrame(wire);
      } catch (e) {
        expect(e).toBeInstanceOf(TmcFrameError);
      }
    }),
    { numRuns: 2000 },
  );
});

test("confirmEncoder writes exactly the confirm frame encodeFrame writes, for any id", () => {
  fc.assert(
    fc.property(fc.string(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (token, id) => {
      expect(confirmEncoder(token)(id)).toEqual(encodeFrame(confirmFrame(token, id)));
    }),
    { numRuns: 300 },
  );
});
