import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { irOf, irParam } from "../../../../test-support/ir-builders.js";
import {
  bundledIrDir,
  type CompactParam,
  expandParams,
  type IrParam,
  irTextFile,
  readIrFile,
  serializeIr,
  shippedIr,
  structsOf,
} from "../../src/ir/index.js";

// The IR the package ships is compact (no key that follows from the rest, src/ir/compact.ts) and split in two
// (the structure an API module loads, and the params' doc text). Two readers fill keys back: the zod schema
// (tools, through readIrFile) and `expandParams` (the runtime, no zod). They must agree on every API, and the
// shipped form must lose nothing.

/** A param tree without its doc text: what the runtime sees. */
const structureOf = (params: readonly IrParam[]): unknown[] =>
  params.map(({ description: _d, example: _e, default: _f, ...rest }) => ({
    ...rest,
    children: structureOf(rest.children),
  }));

const shipped = readdirSync(bundledIrDir()).filter((f) => f.endsWith(".json"));

describe("compact IR", () => {
  test("the catalogue is shipped (one IR file per API)", () => {
    expect(shipped.length).toBeGreaterThan(5000);
  });

  test("every shipped IR: the runtime reads the structure as the schema does, and the two files lose nothing", () => {
    let checked = 0;
    for (const file of shipped) {
      const path = `${bundledIrDir()}/${file}`;
      const structure = readFileSync(path, "utf8");
      const text = readFileSync(`${bundledIrDir()}/${irTextFile(file)}`, "utf8");
      const ir = readIrFile(path);
      const raw = JSON.parse(structure);
      expect(expandParams(raw.request), file).toEqual(structureOf(ir.request));
      expect(expandParams(raw.response), file).toEqual(structureOf(ir.response));
      // The runtime finds struct classes on the compact params as loaded, and fills each when it builds it.
      for (const side of ["request", "response"] as const) {
        const compact = structsOf<CompactParam>(raw[side]).map((d) => [d.name, expandParams(d.params)]);
        expect(compact, file).toEqual(structsOf(ir[side]).map((d) => [d.name, structureOf(d.params)]));
      }
      // Written again from the full IR: the same two files.
      expect(shippedIr(ir), file).toEqual({ structure, text });
      checked++;
    }
    expect(checked).toBe(shipped.length);
    // 5,313 APIs, each read, checked by zod and written again twice: 13 s on a quiet machine, 22 s in a CI run
    // beside the other packages' tests.
  }, 180_000);

  test("a text file that does not belong to its IR file is refused, naming it", () => {
    const ir = irOf("taobao.split.test", { request: [irParam("a", { description: "A" }), irParam("b")] });
    const { structure, text } = shippedIr(ir);
    const dir = mkdtempSync(join(tmpdir(), "topkit-split-"));
    try {
      writeFileSync(join(dir, "x.json"), structure);
      mkdirSync(join(dir, "text"));
      writeFileSync(join(dir, "text", "x.json"), JSON.stringify({ ...JSON.parse(text), params: ["only one"] }));
      expect(() => readIrFile(join(dir, "x.json"))).toThrowError(/text.x\.json.*2 params but its text file has 1/);
      writeFileSync(
        join(dir, "text", "x.json"),
        JSON.stringify({ ...JSON.parse(text), params: ["A", ["", "ex", null]] }),
      );
      expect(readIrFile(join(dir, "x.json")).request.map((p) => [p.description, p.example])).toEqual([
        ["A", undefined],
        ["", "ex"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a key is left out only where its value follows from the others", () => {
    const ir = irOf("taobao.compact.test", {
      request: [
        irParam("plain"), // string, String, field = name: all implied
        irParam("seller_nick", { field: "sellerNick" }),
        irParam("num", { type: "long", docType: "Number", required: true, constraints: { maxValue: 9 } }),
        irParam("odd", { type: "long", docType: "Long" }),
        irParam("item", { type: "struct", docType: "Item", structName: "Item", children: [irParam("x")] }),
        irParam("ids", { type: "array", itemType: "long", docType: "Number[]" }),
      ],
    });
    const compact = JSON.parse(serializeIr(ir, { compact: true })).request;
    expect(compact[0]).toEqual({ name: "plain", description: ir.request[0]!.description });
    expect(compact[1]).toMatchObject({ field: "sellerNick" });
    expect(compact[1]).not.toHaveProperty("docType");
    expect(compact[2]).toMatchObject({ type: "long", required: true, constraints: { maxValue: 9 } });
    expect(compact[2]).not.toHaveProperty("docType");
    expect(compact[3]).toMatchObject({ type: "long", docType: "Long" });
    expect(compact[4]).toMatchObject({ type: "struct", structName: "Item" });
    expect(compact[4]).not.toHaveProperty("docType");
    expect(compact[5]).toMatchObject({ type: "array", itemType: "long" });
    expect(compact[5]).not.toHaveProperty("docType");
    expect(expandParams(compact)).toEqual(ir.request);
  });
});
