import { type ApiDiff, type Bump, code } from "./diff/change.js";
import { bumpOf, SDK_PACKAGE } from "./diff/format-diff.js";

/** An API that could not be synced this run (the others still were). */
export interface SyncFailure {
  label: string;
  reason: string;
}

/** What one `sync` run did, as the report tells it. */
export type SyncOutcome =
  | {
      kind: "synced";
      /** How many APIs were asked of the doc site. */
      checked: number;
      diffs: readonly ApiDiff[];
      failures: readonly SyncFailure[];
      /** The changeset written, or undefined for a dry run or no change. */
      changeset?: string | undefined;
      dryRun: boolean;
    }
  | {
      /** The run stopped before writing anything (the token step, the catalogue, a failed write). */
      kind: "failed";
      error: string;
    };

/** GitHub refuses a pull request body over 65,536 characters; the tables stop well before that. */
export const REPORT_MAX_CHARS = 60_000;

/** Outside code spans, the characters GitHub would read as a mention, an issue link or HTML, as named entities. */
const ENTITY: Record<string, string> = { "&": "&amp;", "@": "&commat;", "#": "&num;", "<": "&lt;", ">": "&gt;" };

/**
 * One table cell. Change texts hold doc text only inside code spans (`code()`); outside them a doc's words can
 * still reach the cell through `oneLine()`, so `@`, `#`, `<` and `>` are written as entities there, and `|` is
 * escaped everywhere (GitHub's tables split on it even inside code).
 */
export function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[&@#<>]/g, (c) => ENTITY[c] ?? c)).replaceAll("|", "\\|"))
    .join("");
}

/** Text (a label, an error that can quote the doc site's words) as one inline-code cell, at most 300 characters. */
function codeCell(text: string): string {
  const one = text.replace(/[\r\n\t`]+/g, " ").trim();
  return cell(`\`${one.length > 300 ? `${one.slice(0, 300)}…` : one}\``);
}

const API_EVENT = { added: "API added", removed: "API removed" } as const;

/** One row per change (an added or removed API is one row), with the API it belongs to. */
function changeRows(diffs: readonly ApiDiff[]): { bump: Bump; row: string }[] {
  return diffs.flatMap((d) => {
    const api = cell(`${code(d.method)}${d.title ? ` ${code(d.title)}` : ""}`);
    if (d.kind !== "changed") return [{ bump: d.bump, row: `| ${api} | ${API_EVENT[d.kind]} | ${d.bump} |` }];
    return d.changes.map((c) => ({ bump: c.bump, row: `| ${api} | ${cell(c.text)} | ${c.bump} |` }));
  });
}

const TABLE_HEAD = ["| API | change | bump |", "| --- | --- | --- |"];

/** Rows added while they fit in `budget` characters; the rest are counted in a closing line. */
function fitted(rows: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) {
      out.push("", `… and ${rows.length - out.length} more: the changeset lists every change.`);
      break;
    }
    out.push(row);
    used += row.length + 1;
  }
  return out;
}

function summary(o: Extract<SyncOutcome, { kind: "synced" }>): string[] {
  const bump = bumpOf(o.diffs);
  const apis = (n: number) => (n === 1 ? "1 API" : `${n} APIs`);
  const checked =
    o.checked > 0 ? `Checked ${apis(o.checked)} against TOP's doc site` : "Nothing fetched (removals only)";
  if (!bump) return [`${checked}: nothing the SDK is generated from changed.`];
  const changed = `${checked}: ${apis(o.diffs.length)} changed; \`${SDK_PACKAGE}\` needs a **${bump}** release.`;
  const where = o.changeset
    ? `The changeset \`.changeset/${o.changeset}\` records it; merging this pull request lets the release workflow version and publish it.`
    : "Dry run: nothing was written.";
  return [changed, "", where];
}

function failureLines(failures: readonly SyncFailure[]): string[] {
  if (failures.length === 0) return [];
  return [
    "",
    `### Not synced (${failures.length})`,
    "",
    "These APIs kept their committed input; the next run tries them again.",
    "",
    "| API | error |",
    "| --- | --- |",
    ...failures.map((f) => `| ${codeCell(f.label)} | ${codeCell(f.reason)} |`),
  ];
}

/**
 * The run as Markdown: the pull request body of the sync workflow and its job summary. Changes that need a
 * major or minor release come first in a table; documentation-only (patch) changes follow, folded away.
 * Built from the same IR diff as the changeset, so the two never disagree.
 */
export function syncReport(o: SyncOutcome): string {
  if (o.kind === "failed") {
    return `${["## TOP doc sync failed", "", codeCell(o.error), "", "Nothing was changed."].join("\n")}\n`;
  }
  const bump = bumpOf(o.diffs);
  const title = bump ? `## TOP doc sync: \`${SDK_PACKAGE}\` ${bump}` : "## TOP doc sync: no change";
  const tail = failureLines(o.failures);
  const rows = changeRows(o.diffs);
  const head = [title, "", ...summary(o)];
  const fixed = [...head, ...tail].join("\n").length + 400;
  let budget = REPORT_MAX_CHARS - fixed;
  const api = rows.filter((r) => r.bump !== "patch").map((r) => r.row);
  const docs = rows.filter((r) => r.bump === "patch").map((r) => r.row);
  const tables: string[] = [];
  if (api.length > 0) {
    const shown = fitted(api, budget);
    budget -= shown.join("\n").length;
    tables.push("", "### API changes", "", ...TABLE_HEAD, ...shown);
  }
  if (docs.length > 0) {
    const label = docs.length === 1 ? "1 documentation change" : `${docs.length} documentation changes`;
    const shown = fitted(docs, Math.max(budget, 0));
    tables.push("", `<details><summary>${label} (patch)</summary>`, "", ...TABLE_HEAD, ...shown, "", "</details>");
  }
  return `${[...head, ...tables, ...tail].join("\n")}\n`;
}
