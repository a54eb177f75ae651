import { sha256 } from "../parse/context.js";
import type { ApiDiff } from "./diff/change.js";
import { apiLines, bumpOf, SDK_PACKAGE } from "./diff/format-diff.js";

/** The changeset: front matter with the bump for `@topkit/sdk`, then a summary line per API and per change. */
export function changesetMarkdown(diffs: readonly ApiDiff[]): string {
  const bump = bumpOf(diffs);
  if (!bump) throw new Error("changesetMarkdown: no change to describe");
  const apis = diffs.length === 1 ? "1 API" : `${diffs.length} APIs`;
  return [
    "---",
    `"${SDK_PACKAGE}": ${bump}`,
    "---",
    "",
    `Regenerated from TOP's API docs (${apis}):`,
    "",
    ...diffs.flatMap((d) => apiLines(d, "- ")),
    "",
  ].join("\n");
}

/**
 * `.changeset/sync-<yyyymmdd>-<hash>.md`: dated for people, and named by its content so that two syncs
 * never overwrite each other's notes while the same sync twice gives the same name.
 */
export function changesetFileName(markdown: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  return `sync-${day}-${sha256(markdown).slice(0, 8)}.md`;
}
