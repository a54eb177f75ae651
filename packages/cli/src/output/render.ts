import { type Context, warn } from "../io/context.js";
import { jsonText } from "./json-text.js";
import { parseQuery, type QueryStep, runQuery } from "./query.js";
import { tableText } from "./table.js";

export const OUTPUT_MODES = ["json", "table", "raw"] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** How a command's result goes to stdout, from `--output`, `--query` and `--cols`. */
export interface OutputPlan {
  readonly mode: OutputMode;
  readonly query?: { readonly text: string; readonly steps: readonly QueryStep[] };
  readonly cols?: readonly string[];
}

/** The plan for these flags; a bad `--query` fails here, before any call is made. */
export function outputPlan(
  flags: { output?: string; query?: string; cols?: string },
  fallback: OutputMode,
): OutputPlan {
  const mode = (flags.output as OutputMode | undefined) ?? fallback;
  const query = flags.query === undefined ? undefined : { text: flags.query, steps: parseQuery(flags.query) };
  const cols = flags.cols
    ?.split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  return { mode, ...(query && { query }), ...(cols && { cols }) };
}

/**
 * Writes a result to stdout: JSON (pretty on a terminal), a table, or raw — the body exactly as
 * received when there is one and no query, else text values unquoted (like `jq -r`).
 */
export function writeResult(ctx: Context, value: unknown, plan: OutputPlan, rawBody?: string): void {
  let selected = value;
  if (plan.query) {
    selected = runQuery(plan.query.steps, value);
    if (selected === undefined) {
      warn(ctx, `--query ${plan.query.text} selected nothing`);
      selected = null;
    }
  }
  if (plan.mode === "raw") {
    if (rawBody !== undefined && !plan.query) ctx.out(rawBody.endsWith("\n") ? rawBody : `${rawBody}\n`);
    else ctx.out(`${typeof selected === "string" ? selected : jsonText(selected, false)}\n`);
  } else if (plan.mode === "table") {
    ctx.out(`${tableText(selected, plan.cols, ctx.outStyle)}\n`);
  } else {
    ctx.out(`${jsonText(selected, ctx.pretty, ctx.outStyle)}\n`);
  }
}
