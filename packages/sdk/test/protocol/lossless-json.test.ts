import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseLosslessJson } from "../../src/protocol/index.js";
import { plainValue, RawNumber } from "../../src/runtime/index.js";

describe("parseLosslessJson", () => {
  test("numbers keep their source text, 19-digit ids included", () => {
    const tree = parseLosslessJson('{"tid":2940328723781049652,"price":12.50,"e":-1.5E+3,"z":0}') as Record<
      string,
      RawNumber
    >;
    expect(tree.tid).toEqual(new RawNumber("2940328723781049652"));
    expect(tree.price!.text).toBe("12.50");
    expect(tree.e!.text).toBe("-1.5E+3");
    expect(plainValue(tree)).toEqual({ tid: 2940328723781049652n, price: 12.5, e: -1500, z: 0 });
  });

  test("strings with and without escapes, nested containers, literals", () => {
    const text = '{"a":"plain","b":"q\\"\\\\\\/\\b\\f\\n\\r\\t\\u4e2d","c":[true,false,null,[],{}],"d":"中文/x"}';
    expect(plainValue(parseLosslessJson(text))).toEqual(JSON.parse(text));
  });

  /** JSON.parse's answer with integers beyond 2^53 as the bigint of their digits, as `plainValue` gives them. */
  const expected = (v: unknown): unknown => {
    if (typeof v === "number" && !Number.isSafeInteger(v) && /^-?\d+$/.test(String(v))) return BigInt(String(v));
    if (Array.isArray(v)) return v.map(expected);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expected(x)]));
    return v;
  };

  test("agrees with JSON.parse on any JSON, unsafe integers as bigint (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false, maxDepth: 3 }), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 1 : undefined);
        // node's deep equality, not expect(): fast enough to keep the run short on a loaded machine.
        return isDeepStrictEqual(plainValue(parseLosslessJson(text)), expected(JSON.parse(text)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  test("regression: plainValue dropped a __proto__ key (found by the property test)", () => {
    const tree = plainValue(parseLosslessJson('{"__proto__":{"a":1},"b":[{"__proto__":false}]}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
    expect(Object.keys(tree)).toEqual(["__proto__", "b"]);
    expect(Object.getOwnPropertyDescriptor(tree, "__proto__")?.value).toEqual({ a: 1 });
    expect(isDeepStrictEqual(tree, JSON.parse('{"__proto__":{"a":1},"b":[{"__proto__":false}]}'))).toBe(true);
  });

  test("a __proto__ key is kept as data and does not change the prototype", () => {
    const tree = parseLosslessJson('{"__proto__":{"polluted":1}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
    expect(Object.keys(tree)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ["", "unexpected end of JSON"],
    ['{"a":1,}', "expected a property name"],
    ['{"a" 1}', "expected ':'"],
    ["[1 2]", "expected ',' or ']'"],
    ["01", "bad number"],
    ["1.", "bad number"],
    ['"abc', "unterminated string"],
    ['"\\x"', "bad escape"],
    ['"\\u12"', "bad \\u escape"],
    ["{} x", "unexpected text after the JSON value"],
    ["nul", "unexpected character"],
  ])("refuses %j: %s", (text, reason) => {
    expect(() => parseLosslessJson(text)).toThrowError(
      new RegExp(`invalid JSON at offset \\d+: ${reason.replace(/[\\[\]]/g, "\\$&")}`),
    );
  });
});

describe("parseLosslessJson on hostile bodies", () => {
  test("regression: quadratic JSON parsing — each backslash is searched for once, not once per string", () => {
    // 20,000 strings and one escape at the very end: the old parser scanned to that backslash from every string.
    const text = `[${'"abc",'.repeat(20_000)}"a\\nb"]`;
    let length = 0;
    const original = String.prototype.indexOf;
    let calls = 0;
    String.prototype.indexOf = function (this: string, ...args: Parameters<string["indexOf"]>) {
      if (args[0] === "\\") calls++;
      return original.apply(this, args);
    };
    try {
      length = (parseLosslessJson(text) as unknown[]).length;
    } finally {
      String.prototype.indexOf = original;
    }
    expect(length).toBe(20_001);
    expect(calls).toBeLessThanOrEqual(2);
  });

  test("the checkpoint runs while parsing and its throw stops the parse", () => {
    const text = `[${"1,".repeat(50_000)}1]`;
    let calls = 0;
    expect(parseLosslessJson(text, { checkpoint: () => void calls++ })).toHaveLength(50_001);
    expect(calls).toBeGreaterThanOrEqual(10);
    const stop = new Error("deadline");
    expect(() =>
      parseLosslessJson(text, {
        checkpoint: () => {
          throw stop;
        },
      }),
    ).toThrow(stop);
  });

  test("nesting beyond MAX_JSON_DEPTH is a SyntaxError, not a stack overflow", () => {
    expect(() => parseLosslessJson("[".repeat(100_000))).toThrow(/nested deeper than 512 levels/);
    expect(() => parseLosslessJson(`${"[".repeat(512)}${"]".repeat(512)}`)).not.toThrow();
  });
});
