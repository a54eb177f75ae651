import { readFileSync } from "node:fs";
import { parseIr } from "@topkit/sdk/ir";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { emitApiModule } from "../../src/emit/emit-all.js";
import { parseDocJson } from "../../src/parse/index.js";
import { emitAndLoad } from "../support/emit-and-load.js";

// Doc text is untrusted. Each payload tries to end a comment, a string or a line and run code that would set
// globalThis.__pwned; the generated module must compile, load, and leave it unset.
const PAYLOADS = [
  "*/ globalThis.__pwned = 1; /*",
  '"; globalThis.__pwned = 2; "',
  "'; globalThis.__pwned = 3; '",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is exactly the payload
  "`${globalThis.__pwned = 4}`",
  "\\\n globalThis.__pwned = 5; //",
  "line1\r\n*/\nglobalThis.__pwned = 6;\n/**",
  "\u2028globalThis.__pwned = 7;\u2029",
  "@example */ globalThis.__pwned = 8 /*",
];
const hostile = PAYLOADS.join(" | ");

const doc = {
  name: "topkit.fixture.hostile.text",
  apiChineseName: hostile,
  description: `<b>${hostile}</b><script>globalThis.__pwned = 9</script>`,
  requestParams: [
    {
      name: 'we"ird\\name',
      type: "String",
      description: hostile,
      demoValue: hostile,
      required: true,
    },
    {
      name: "obj",
      type: "StrangeType",
      description: hostile,
      subParams: [{ name: "x*/y", type: "Number", description: hostile, demoValue: "*/1" }],
    },
  ],
  responseParams: [
    { name: "odd", type: "Odd*/Type", description: hostile, subParams: [{ name: "y", type: "String" }] },
    { name: "result", type: "String", description: hostile, demoValue: hostile },
  ],
  errorCodes: [{ errorCode: "*/1", errorMsg: hostile, solution: hostile }],
};
const ir = parseDocJson(JSON.stringify(doc), { file: "hostile.json", category: hostile });
const text = emitApiModule(ir, { runtime: "@topkit/sdk" });
const pwned = globalThis as { __pwned?: unknown };

afterAll(() => {
  delete pwned.__pwned;
});

/** Every identifier in the module's syntax tree (string literals and comments are not identifiers). */
function identifiers(source: string): Set<string> {
  const file = ts.createSourceFile("m.ts", source, ts.ScriptTarget.ES2022, true);
  const out = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) out.add(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}

describe("hostile doc text cannot inject code into generated files", () => {
  test("the module parses without syntax errors and its top level is only import, classes and namespaces", () => {
    const file = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
    const kinds = file.statements.map((s) => ts.SyntaxKind[s.kind]);
    expect(kinds).toEqual(["ImportDeclaration", "ClassDeclaration", "ModuleDeclaration", "ClassDeclaration"]);
    const diagnostics = ts.transpileModule(text, { reportDiagnostics: true }).diagnostics ?? [];
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  test("no payload became code: `__pwned` is never an identifier in the syntax tree", () => {
    expect(identifiers(text).has("__pwned")).toBe(false);
  });

  test("loading and using the module runs no payload", async () => {
    const mod = await emitAndLoad(ir, "hostile");
    const Request = mod.TopkitFixtureHostileTextRequest as new () => { getTextParams(): object };
    expect(new Request().getTextParams()).toEqual({});
    expect(pwned.__pwned).toBeUndefined();
  });

  test("wire names survive exactly as string literals while fields are sanitised identifiers", () => {
    expect(ir.request[0]).toMatchObject({ name: 'we"ird\\name', field: "weIrdName" });
    expect(text).toContain('name: "we\\"ird\\\\name"');
    expect(ir.request[1]).toMatchObject({ structName: "StrangeType" });
    expect(ir.request[1]!.children[0]).toMatchObject({ name: "x*/y", field: "xY" });
    // A type column that is no type name cannot name a class: unknown, with a warning saying so.
    expect(ir.response[0]).toMatchObject({ name: "odd", type: "unknown", children: [] });
    expect(ir.warnings?.some((w) => w.startsWith("response: odd:"))).toBe(true);
  });

  test("an IR file with code in a name is refused by the schema before anything is emitted", () => {
    const bad = JSON.parse(JSON.stringify(ir));
    bad.request[1].structName = "X {} globalThis.__pwned = 10; class Y";
    expect(() => parseIr(bad, "bad.json")).toThrowError(/request\[1\]\.structName: expected an identifier/);
    bad.request[1].structName = "X";
    bad.javaNames.request = "R extends Object {}; globalThis.__pwned = 11; class Q";
    expect(() => parseIr(bad, "bad.json")).toThrowError(/javaNames\.request/);
  });

  test("the committed seed module would not change if its doc text were re-read: comments are escaped, not dropped", () => {
    const seed = readFileSync(new URL("../golden/seed.module.ts", import.meta.url), "utf8");
    expect(seed).toContain("类型 1.经纪人 2. 门店 3.城市");
    expect(text).toContain("*\\/ globalThis.__pwned = 1;");
  });
});
