import { apis, type RegistryEntry } from "@topkit/sdk/registry";
import { type Context, warn } from "../../io/context.js";
import { outputPlan, writeResult } from "../../output/render.js";
import type { OutputFlags } from "../shared-options.js";

/** Search words: lower-cased, split on white space. */
const wordsOf = (text: string | undefined) => (text ?? "").toLowerCase().split(/\s+/).filter(Boolean);

/** True when every word occurs in the method, title or category. */
function matches(entry: RegistryEntry, words: readonly string[]): boolean {
  const hay = `${entry.method} ${entry.title} ${entry.category ?? ""}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** `topkit apis`: one row per API, sorted by method. */
export function runApis(ctx: Context, flags: OutputFlags & { search?: string }): void {
  // Columns named up front, so that an empty list still prints its header.
  const plan = { cols: ["method", "title", "category"], ...outputPlan(flags, "table") };
  const words = wordsOf(flags.search);
  const entries: RegistryEntry[] = Object.values(apis());
  const rows = entries
    .filter((e) => matches(e, words))
    .sort((a, b) => (a.method < b.method ? -1 : 1))
    .map((e) => ({ method: e.method, title: e.title, category: e.category ?? "" }));
  if (rows.length === 0) warn(ctx, `no API matches "${flags.search}" among the ${entries.length} the SDK ships`);
  writeResult(ctx, rows, plan);
}
