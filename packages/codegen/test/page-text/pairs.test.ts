import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { parseDocJson } from "../../src/parse/index.js";
import { parsePage, shared } from "./support/corpus.js";

const PAIRS = [
  "alibaba.idle.isv.item.query",
  "aliexpress.ds.trade.order.get",
  "aliexpress.solution.order.get",
  "taobao.picture.qnaigc.upload",
  "taobao.xhotel.house.add",
  "tmall.traceplatform.ticket.picture.upload",
];

/** The doc JSON twin in top-metadata, found by method name (`<pkg>/<method_with_underscores>.json`). */
function docJsonIr(method: string): ApiIr {
  const root = join(shared!, "corpus", "top-metadata");
  const file = `${method.replaceAll(".", "_")}.json`;
  const pkg = readdirSync(root).find((d) => {
    try {
      return readdirSync(join(root, d)).includes(file);
    } catch {
      return false;
    }
  });
  if (!pkg) throw new Error(`no doc JSON for ${method}`);
  const path = join(root, pkg, file);
  return parseDocJson(readFileSync(path, "utf8"), { file: path });
}

type Facts = Map<string, { docType: string; required: boolean }>;

function facts(params: readonly IrParam[], side: string, into: Facts = new Map(), prefix = side): Facts {
  for (const p of params) {
    const path = `${prefix}.${p.name}`;
    into.set(path, { docType: p.docType.replace(/\s+/g, ""), required: p.required });
    facts(p.children, side, into, path);
  }
  return into;
}

const allFacts = (ir: ApiIr) => new Map([...facts(ir.request, "request"), ...facts(ir.response, "response")]);

const sideAndName = (path: string) => `${path.split(".")[0]}:${path.split(".").at(-1)}`;

/**
 * Compares every page param whose wire name the JSON has on the same side: it agrees when the JSON
 * has it at the same path with the same docType (spaces ignored) and required. Page params the JSON
 * lacks altogether (the page is a newer version of the doc) cannot be compared and are listed apart.
 */
function compare(method: string) {
  const page = parsePage(method);
  const json = allFacts(docJsonIr(method));
  const jsonNames = new Set([...json.keys()].map(sideAndName));
  const mine = [...allFacts(page)];
  const compared = mine.filter(([path]) => jsonNames.has(sideAndName(path)));
  const notInJson = mine.filter(([path]) => !jsonNames.has(sideAndName(path))).map(([p]) => p);
  const disagreeing = compared
    .filter(([path, f]) => {
      const other = json.get(path);
      return !other || other.docType !== f.docType || other.required !== f.required;
    })
    .map(([p]) => p);
  return { compared: compared.length, disagreeing, notInJson, page };
}

describe.skipIf(!shared)("page text against its doc JSON twin", () => {
  test.each(PAIRS)("%s", (method) => {
    const { compared, disagreeing, notInJson, page } = compare(method);
    const agreed = compared - disagreeing.length;
    const extra = notInJson.length > 0 ? `; not in the JSON at all: ${notInJson.join(", ")}` : "";
    console.log(`${method}: ${agreed}/${compared} agreed (path, docType, required)${extra}`);
    expect(compared).toBeGreaterThan(0);
    // A param the page places differently from the JSON must be one the IR reports as a doubt:
    // its name appears in a warning saying the page does not show where it belongs.
    const doubts = (page.warnings ?? []).filter((w) => w.includes("does not show"));
    for (const path of disagreeing) {
      const name = path.split(".").at(-1)!;
      const parentName = path.split(".").at(-2)!;
      const reported = doubts.some((w) => new RegExp(`\\b(${name}|${parentName})\\b`).test(w));
      expect(reported, `${path} disagrees with the doc JSON but no warning reports the doubt`).toBe(true);
    }
    if (doubts.length === 0) expect(disagreeing).toEqual([]);
  });
});
