import { expect, test } from "vitest";
import { indentJson } from "../src/samples/indent-json.js";

test("re-indents one-line JSON without touching 64-bit ids", () => {
  expect(indentJson('{"rsp":{"tid":2940328723781049652,"ids":[1,2],"empty":{},"none":[]}}')).toBe(
    [
      "{",
      '  "rsp": {',
      '    "tid": 2940328723781049652,',
      '    "ids": [',
      "      1,",
      "      2",
      "    ],",
      '    "empty": {},',
      '    "none": []',
      "  }",
      "}",
    ].join("\n"),
  );
});

test("leaves strings alone, escaped quotes and structural characters included", () => {
  const text = '{"a":"x, {y}: [\\"z\\"]"}';
  expect(indentJson(text)).toBe('{\n  "a": "x, {y}: [\\"z\\"]"\n}');
  expect(JSON.parse(indentJson(text))).toEqual(JSON.parse(text));
});

test("returns text that is not JSON as it was", () => {
  expect(indentJson("<xml/>")).toBe("<xml/>");
});
