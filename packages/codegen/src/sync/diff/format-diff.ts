import { type ApiDiff, type Bump, code, maxBump } from "./change.js";

export const SDK_PACKAGE = "@topkit/sdk";

/** The bump a set of API diffs calls for, or undefined when nothing changed. */
export function bumpOf(diffs: readonly ApiDiff[]): Bump | undefined {
  return maxBump(diffs.map((d) => d.bump));
}

/** One API's entry: a heading line and one indented line per change. */
export function apiLines(d: ApiDiff, bullet: string): string[] {
  const head = `${bullet}${code(d.method)} (${d.title ? `${code(d.title)}, ` : ""}${d.kind}): ${d.bump}`;
  return [head, ...d.changes.map((c) => `  ${bullet}${c.text}${c.bump === d.bump ? "" : ` (${c.bump})`}`)];
}

/** The diff for a terminal: what `--dry-run` prints, and what a real run prints before writing. */
export function formatDiff(diffs: readonly ApiDiff[]): string {
  const bump = bumpOf(diffs);
  if (!bump) return "no change to the SDK\n";
  return `${[...diffs.flatMap((d) => apiLines(d, "")), `${SDK_PACKAGE}: ${bump}`].join("\n")}\n`;
}
