import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiIr } from "@topkit/sdk/ir";
import { sharedOrNotice } from "../../../../../test-support/shared.js";
import { parsePageText } from "../../../src/parse/index.js";

/** ../shared, or undefined (tests that need it skip with a notice; CI=true makes absence an error). */
export const shared = sharedOrNotice();
const pagesDir = shared ? join(shared, "corpus", "pages") : undefined;

export const SEED_METHOD = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
export const seedFile = fileURLToPath(new URL(`../../../../sdk/top-docs/${SEED_METHOD}.txt`, import.meta.url));
export const seedText = () => readFileSync(seedFile, "utf8");

/** A corpus page's text (read from ../shared, never copied into the repo). */
export function pageText(name: string): string {
  if (!pagesDir) throw new Error("../shared is absent; guard the test with describe.skipIf(!shared)");
  return readFileSync(join(pagesDir, `${name}.txt`), "utf8");
}

/** What `<name>.meta.json` says about a page: whether it was captured whole. */
export function pageMeta(name: string): { complete: boolean; notes: string } {
  return JSON.parse(readFileSync(join(pagesDir!, `${name}.meta.json`), "utf8")) as { complete: boolean; notes: string };
}

/** Names (without `.txt`) of every corpus page. */
export function corpusPages(): string[] {
  if (!pagesDir || !existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** A corpus page parsed as the CLI would with `--allow-incomplete`. */
export function parsePage(name: string, allowIncomplete = true): ApiIr {
  return parsePageText(pageText(name), { file: `${name}.txt`, allowIncomplete });
}

/** A param by its wire path (`result.data.title`). */
export function paramAt(params: ApiIr["request"], path: string): ApiIr["request"][number] | undefined {
  const [head, ...rest] = path.split(".");
  const found = params.find((p) => p.name === head);
  return rest.length === 0 || !found ? found : paramAt(found.children, rest.join("."));
}

/** Every param as `path` in doc order, for comparing trees. */
export function paramPaths(params: ApiIr["request"], prefix = ""): string[] {
  return params.flatMap((p) => {
    const path = prefix === "" ? p.name : `${prefix}.${p.name}`;
    return [path, ...paramPaths(p.children, path)];
  });
}
