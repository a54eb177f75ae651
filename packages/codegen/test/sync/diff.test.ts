import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { irParam } from "../../../../test-support/ir-builders.js";
import { maxBump } from "../../src/sync/diff/change.js";
import { diffApi } from "../../src/sync/diff/diff-api.js";
import { diffIrs } from "../../src/sync/diff/diff-irs.js";

const param = (name: string, more: Partial<IrParam> = {}): IrParam =>
  irParam(name, { field: name, description: `${name} text`, ...more });

const base = (): ApiIr => ({
  method: "taobao.demo.get",
  title: "演示",
  description: "a demo",
  source: { form: "doc-json", sha256: "a".repeat(64) },
  labels: [],
  needsSession: false,
  javaNames: { request: "DemoGetRequest", response: "DemoGetResponse", responseKey: "demo_get_response" },
  request: [
    param("req", {
      docType: "Req",
      type: "struct",
      structName: "Req",
      required: true,
      children: [
        param("type", { docType: "Number", type: "long", required: true }),
        param("data", { constraints: { maxLength: 64 } }),
      ],
    }),
    param("page_size", { docType: "Number", type: "long", constraints: { minValue: 1, maxValue: 100 } }),
  ],
  response: [param("result", { docType: "Result", type: "struct", structName: "Result", children: [param("code")] })],
  samples: { responseXml: "<x/>" },
  errorCodes: [{ code: "isv.a", message: "a" }],
});

/** Applies `edit` to a fresh IR and returns the changes against the original, as [bump, text] pairs. */
function changes(edit: (ir: ApiIr) => void): [string, string][] {
  const after = base();
  edit(after);
  return diffApi(base(), after).map((c) => [c.bump, c.text]);
}

const req = (ir: ApiIr) => ir.request[0]!;
const data = (ir: ApiIr) => req(ir).children[1]!;

describe("diffApi classifies like changesets for SDK users", () => {
  test("no change, and `source` is ignored", () => {
    expect(changes(() => {})).toEqual([]);
    expect(changes((ir) => (ir.source = { form: "page-text", sha256: "b".repeat(64), url: "https://x" }))).toEqual([]);
  });

  test.each<[string, (ir: ApiIr) => void, string, string]>([
    [
      "optional request param added",
      (ir) => req(ir).children.push(param("remark")),
      "minor",
      "request `req.remark`: added, optional (String)",
    ],
    [
      "required request param added",
      (ir) => req(ir).children.push(param("remark", { required: true })),
      "major",
      "request `req.remark`: added, required (String)",
    ],
    [
      "response field added",
      (ir) => ir.response[0]!.children.push(param("msg")),
      "minor",
      "response `result.msg`: added (String)",
    ],
    ["request param removed", (ir) => req(ir).children.pop(), "major", "request `req.data`: removed"],
    ["response field removed", (ir) => ir.response[0]!.children.pop(), "major", "response `result.code`: removed"],
    ["param became required", (ir) => (data(ir).required = true), "major", "request `req.data`: became required"],
    [
      "param became optional",
      (ir) => (req(ir).children[0]!.required = false),
      "minor",
      "request `req.type`: became optional",
    ],
    [
      "type changed",
      (ir) => Object.assign(data(ir), { docType: "Number", type: "long" }),
      "major",
      "request `req.data`: type String (string) -> Number (long)",
    ],
    [
      "struct class renamed",
      (ir) => (req(ir).structName = "OtherReq"),
      "major",
      "request `req`: struct class Req -> OtherReq",
    ],
    [
      "doc type respelled, same TS type",
      (ir) => (data(ir).docType = "Text"),
      "patch",
      "request `req.data`: doc type String -> Text",
    ],
    [
      "maxLength tightened",
      (ir) => (data(ir).constraints.maxLength = 32),
      "major",
      "request `req.data`: maxLength 64 -> 32 (tightened)",
    ],
    [
      "maxLength relaxed",
      (ir) => (data(ir).constraints.maxLength = 128),
      "patch",
      "request `req.data`: maxLength 64 -> 128 (relaxed)",
    ],
    [
      "limit added",
      (ir) => (req(ir).children[0]!.constraints.maxValue = 3),
      "major",
      "request `req.type`: maxValue none -> 3 (tightened)",
    ],
    [
      "limit dropped",
      (ir) => delete data(ir).constraints.maxLength,
      "patch",
      "request `req.data`: maxLength 64 -> none (relaxed)",
    ],
    [
      "minValue raised",
      (ir) => (ir.request[1]!.constraints.minValue = 5),
      "major",
      "request `page_size`: minValue 1 -> 5 (tightened)",
    ],
    [
      "minValue lowered",
      (ir) => (ir.request[1]!.constraints.minValue = 0),
      "patch",
      "request `page_size`: minValue 1 -> 0 (relaxed)",
    ],
    ["description", (ir) => (data(ir).description = "new"), "patch", "request `req.data`: description changed"],
    ["example", (ir) => (data(ir).example = "x"), "patch", "request `req.data`: example changed"],
    ["API description", (ir) => (ir.description = "new"), "patch", "description changed"],
    ["title", (ir) => (ir.title = "新"), "patch", "title `演示` -> `新`"],
    ["label", (ir) => ir.labels.push("必须用户授权"), "patch", "labels: +`必须用户授权`"],
    ["sample", (ir) => (ir.samples.responseJson = "{}"), "patch", "sample responseJson added"],
    ["error code", (ir) => ir.errorCodes.push({ code: "isv.b", message: "b" }), "patch", "error codes: +`isv.b`"],
    [
      "now needs a session",
      (ir) => (ir.needsSession = true),
      "major",
      "now needs a user session: `execute(req, sessionKey)`",
    ],
    [
      "response field documented as present",
      (ir) => (ir.response[0]!.required = true),
      "patch",
      "response `result`: now documented as always present",
    ],
    [
      "response limit",
      (ir) => (ir.response[0]!.children[0]!.constraints.maxLength = 8),
      "patch",
      "response `result.code`: maxLength none -> 8",
    ],
    ["field order", (ir) => req(ir).children.reverse(), "patch", "request `req`: field order changed"],
  ])("%s", (_name, edit, bump, text) => {
    expect(changes(edit)).toEqual([[bump, text]]);
  });

  test("doc text cannot break out of the Markdown it is quoted in", () => {
    const hostile = param("a`b\n# heading", { docType: "X`)\n[link](http://x)" });
    const [[, text]] = changes((ir) => req(ir).children.push(hostile)) as [[string, string]];
    expect(text).toBe("request `req.a b # heading`: added, optional (X ) link (http://x))");
    expect(text).not.toMatch(/\n|\[/);
  });
});

describe("diffIrs over the API set", () => {
  test("an API added is minor, removed is major, unchanged ones are left out; sorted by method", () => {
    const other = { ...base(), method: "taobao.other.get" };
    const changed = base();
    changed.description = "new";
    const diffs = diffIrs([base(), other], [changed, { ...base(), method: "taobao.added.get" }]);
    expect(diffs.map((d) => [d.method, d.kind, d.bump])).toEqual([
      ["taobao.added.get", "added", "minor"],
      ["taobao.demo.get", "changed", "patch"],
      ["taobao.other.get", "removed", "major"],
    ]);
    expect(maxBump(diffs.map((d) => d.bump))).toBe("major");
    expect(diffIrs([base()], [base()])).toEqual([]);
  });
});
