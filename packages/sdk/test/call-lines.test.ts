import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { irOf, irParam } from "../../../test-support/ir-builders.js";
import {
  curlCommand,
  exampleInit,
  type IrParam,
  limitPhrase,
  limitPhrases,
  shellWord,
  topkitCallLine,
  tsExample,
  wireExampleTree,
} from "../src/ir/index.js";

// "How to call this API" lives in src/ir/call-lines.ts (and limit wording in src/ir/doc-values.ts); the CLI's
// describe and --dry-run and the docs' CLI/curl tabs import them, so these tests pin the one spelling.

/** The argv a real POSIX shell passes for a generated line (`printf '%s\0'` in place of the program). */
const argvOf = (line: string, program: string) =>
  execFileSync("sh", ["-c", line.replace(new RegExp(`^${program} `), "printf '%s\\0' ")], { encoding: "utf8" })
    .split("\0")
    .slice(0, -1);

const api = (request: IrParam[]) => irOf("a.b.c", { request });
const param = irParam;

describe("shell quoting", () => {
  test.each(["req.type=1", "a b", `it's $HOME \`id\` "x"\nnext`, "<session>", ""])("%j survives a real shell", (w) => {
    expect(argvOf(`x ${shellWord(w)}`, "x")).toEqual([w]);
  });
  test("plain words stay bare", () => expect(shellWord("req.type=1")).toBe("req.type=1"));
});

describe("topkitCallLine", () => {
  test("--set by wire path, list items as items[0].x, typed stand-ins for required params without an example", () => {
    const ir = api([
      param("req", {
        type: "struct",
        structName: "Req",
        children: [param("type", { type: "long", docType: "Number", example: "1" })],
      }),
      param("items", {
        type: "array",
        itemType: "struct",
        structName: "Item",
        children: [param("sku_id", { type: "long", docType: "Number", example: "9007199254740993" })],
      }),
      param("nick", { required: true }),
      param("count", { type: "long", docType: "Number", required: true, constraints: { minValue: 10 } }),
      param("flags", { type: "array", itemType: "boolean", docType: "Boolean[]", required: true }),
      param("pic", { type: "file", required: true }),
    ]);
    expect(argvOf(topkitCallLine(ir, { session: "<session>" }), "topkit")).toEqual([
      "call",
      "a.b.c",
      ...["--set", "req.type=1", "--set", "items[0].sku_id=9007199254740993"],
      ...["--set", "nick=<nick>", "--set", "count=10", "--set", "flags=true"],
      ...["--set", "pic=@./file", "--session", "<session>"],
    ]);
  });

  test("a file a struct class requires in its first use is set in every use (the one required rule)", () => {
    const card = (required: boolean) => [param("photo", { type: "file", required }), param("name", { example: "x" })];
    // One class `Card` serves both params: `back`'s own doc says photo is optional, but the class requires it.
    const line = topkitCallLine(
      api([
        param("front", { type: "struct", structName: "Card", children: card(true) }),
        param("back", { type: "struct", structName: "Card", children: card(false) }),
      ]),
    );
    expect(argvOf(line, "topkit").filter((_w, i, all) => all[i - 1] === "--set")).toEqual([
      "front.photo=@./file",
      "front.name=x",
      "back.photo=@./file",
      "back.name=x",
    ]);
  });

  test("one --json object when a value starts with @ (which --set reads as a file)", () => {
    const line = topkitCallLine(api([param("nick", { example: "@someone" })]));
    expect(argvOf(line, "topkit")).toEqual(["call", "a.b.c", "--json", '{"nick":"@someone"}']);
  });

  test("one --json object when a required struct has nothing to set inside (it is sent as {})", () => {
    const items = param("items", { type: "array", itemType: "struct", structName: "Item", required: true });
    const line = topkitCallLine(api([{ ...items, children: [param("note")] }, param("n", { example: "2" })]));
    expect(argvOf(line, "topkit")).toEqual(["call", "a.b.c", "--json", '{"items":[{}],"n":"2"}']);
  });
});

test("curlCommand: query by --url-query, form body or multipart with files", () => {
  const form = curlCommand({ url: "https://x/router/rest", query: { method: "a.b", sign: "AB…" }, body: { q: "a b" } });
  expect(argvOf(form, "curl")).toEqual([
    ...["-X", "POST", "--compressed", "https://x/router/rest"],
    ...["--url-query", "method=a.b", "--url-query", "sign=AB…"],
    ...["-H", "Content-Type: application/x-www-form-urlencoded;charset=UTF-8", "--data-urlencode", "q=a b"],
  ]);
  const files = { pic: { path: "./a b.png", mimeType: "image/png" } };
  const multi = curlCommand({ url: "https://x/", query: {}, body: { q: "1" }, files });
  expect(argvOf(multi, "curl").slice(4)).toEqual(["--form-string", "q=1", "-F", "pic=@./a b.png;type=image/png"]);
});

test("limit wording: one phrase per limit, as check() errors, describe, the docs and JSDoc say it", () => {
  expect(limitPhrases({ maxLength: 64, maxListSize: 20, maxValue: 10, minValue: 0 })).toEqual([
    "at most 64 characters",
    "at most 20 items",
    "at most 10",
    "at least 0",
  ]);
  expect(limitPhrase("maxLength", 4, "file")).toBe("at most 4 bytes");
  expect(limitPhrases({})).toEqual([]);
});

describe("example values: the doc's, or a typed stand-in where a required param has none", () => {
  const address = (required: boolean) => [
    param("address_id", { type: "long", docType: "Number", required }),
    param("city", { example: "杭州" }),
  ];
  // One struct class serves both params and carries the first use's rules: sender requires address_id,
  // so receiver's copy must hold it too, or check() refuses the example.
  const ir = api([
    param("sender", { type: "struct", structName: "Address", required: true, children: address(true) }),
    param("receiver", { type: "struct", structName: "Address", children: address(false) }),
    param("fields", { required: true }),
    param("code", { required: true, constraints: { maxLength: 4 } }),
    param("start", { type: "date", docType: "Date", required: true }),
    param("rate", { type: "double", docType: "Number", required: true, constraints: { minValue: 0, maxValue: 0.5 } }),
    param("note"),
  ]);

  test("exampleInit, the wire tree and the TS example agree on every value", () => {
    expect(exampleInit(ir.request)).toEqual({
      sender: { addressId: 1, city: "杭州" },
      receiver: { addressId: 1, city: "杭州" },
      fields: "<fields>",
      code: "1",
      start: "2026-01-02 03:04:05",
      rate: 0.5,
    });
    expect(wireExampleTree(ir.request)).toMatchObject({ receiver: { address_id: 1, city: "杭州" }, rate: 0.5 });
    const code = tsExample(ir);
    for (const line of ['req.setFields("<fields>");', 'req.setStart("2026-01-02 03:04:05");', "req.setRate(0.5);"]) {
      expect(code).toContain(line);
    }
    expect(code.match(/setAddressId\(1\)/g)).toHaveLength(2);
    expect(code).not.toContain("setNote");
  });
});
