import { describe, expect, test } from "vitest";
import { TopResponseValueError } from "../../src/errors/index.js";
import { INT64_MAX, scalarOfText } from "../../src/ir/index.js";
import { readValue } from "../../src/runtime/read-value.js";

// One rule reads a long, double or boolean from text: responses (readValue) and the CLI's --set/--json use it.

describe("scalarOfText", () => {
  test("longs as exact bigint within 64 bits, doubles as finite numbers, booleans from true/false", () => {
    expect(scalarOfText("long", " 9007199254740993 ")).toBe(9007199254740993n);
    expect(scalarOfText("long", String(INT64_MAX))).toBe(INT64_MAX);
    expect(scalarOfText("double", "0.5")).toBe(0.5);
    expect(scalarOfText("boolean", "false")).toBe(false);
  });

  test("text that is not of the type, and every other type, give undefined", () => {
    for (const text of ["", "1.5", "1e3", "+1", "one", String(INT64_MAX + 1n)]) {
      expect(scalarOfText("long", text)).toBeUndefined();
    }
    expect(scalarOfText("double", "")).toBeUndefined();
    expect(scalarOfText("double", "Infinity")).toBeUndefined();
    expect(scalarOfText("boolean", "yes")).toBeUndefined();
    expect(scalarOfText("string", "1")).toBeUndefined();
  });

  test("responses are read by it: what it refuses, readValue refuses with the path", () => {
    const spec = { name: "num_iid", field: "numIid", type: "long" } as const;
    expect(readValue(spec, "9223372036854775807")).toBe(INT64_MAX);
    expect(() => readValue(spec, "9223372036854775808")).toThrow(TopResponseValueError);
    expect(readValue({ ...spec, type: "boolean" }, "true")).toBe(true);
  });
});
