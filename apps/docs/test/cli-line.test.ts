import { describe, expect, test } from "vitest";
import { cliLine } from "../src/examples/example-tabs.js";
import { irOf, irParam } from "./support/ir-builders.js";
import { seedIr } from "./support/seed.js";
import { shellArgv } from "./support/shell-argv.js";

const argvOf = (line: string) => shellArgv(line, "topkit");

describe("cliLine()", () => {
  test("the seed: one --set per scalar, nested by wire path, exactly as the doc's examples", () => {
    const ir = seedIr();
    const argv = argvOf(cliLine(ir));
    const data = ir.request[0]!.children.find((p) => p.name === "data")!.example!;
    expect(argv).toEqual(["call", ir.method, "--set", "req.type=1", "--set", `req.data=${data}`]);
    expect(cliLine(ir)).toContain("# needs the user's session");
  });

  test("quotes anything a shell would touch: quotes, $, backticks, spaces, newlines", () => {
    const value = `it's $HOME \`id\` "x"\nnext`;
    const ir = irOf("a.b", { request: [irParam("q", { example: value })] });
    expect(argvOf(cliLine(ir))).toEqual(["call", "a.b", "--set", `q=${value}`]);
  });

  test("a list of structs is set item by item, spelled items[0].x as everywhere", () => {
    const items = irParam("items", {
      type: "array",
      structName: "Item",
      children: [irParam("sku_id", { type: "long", docType: "Number", example: "9007199254740993" })],
    });
    const argv = argvOf(cliLine(irOf("a.b", { request: [items] })));
    expect(argv).toEqual(["call", "a.b", "--set", "items[0].sku_id=9007199254740993"]);
  });

  test("falls back to --json for a value starting with @, which --set would read as a file", () => {
    const ir = irOf("a.b", { request: [irParam("nick", { example: "@someone" })] });
    expect(argvOf(cliLine(ir))).toEqual(["call", "a.b", "--json", '{"nick":"@someone"}']);
  });
});
