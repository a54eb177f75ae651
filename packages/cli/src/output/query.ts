import { usageError } from "../cli-error.js";

/** One step of a `--query` path. */
export type QueryStep = { readonly key: string } | { readonly index: number } | { readonly each: true };

const TOKEN = /^(?:\.?([^.[\]]+)|\[(-?\d+)\]|\[\*?\])/;

/**
 * Parses a `--query` path: member names joined by dots, `[n]` to index a list (negative from the end),
 * `[]` to apply the rest to every element; a leading dot is allowed (jq habit) — `result.code`, `trades.trade[0].tid`, `items[].sku_id`.
 */
export function parseQuery(text: string): QueryStep[] {
  const steps: QueryStep[] = [];
  let rest = text.trim();
  if (rest === "") throw usageError("--query is empty", "give a path such as result.code or items[].id");
  while (rest !== "") {
    const m = TOKEN.exec(rest);
    if (!m) {
      throw usageError(
        `--query "${text}": cannot read "${rest}"`,
        "use names joined by dots, [n] for an element, [] for every element",
      );
    }
    if (m[1] !== undefined) steps.push({ key: m[1] });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else steps.push({ each: true });
    rest = rest.slice(m[0].length);
  }
  return steps;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What the path selects in `value`, or undefined when it selects nothing. */
export function runQuery(steps: readonly QueryStep[], value: unknown, from = 0): unknown {
  if (from === steps.length) return value;
  const step = steps[from]!;
  if ("key" in step) {
    return isObject(value) && Object.hasOwn(value, step.key) ? runQuery(steps, value[step.key], from + 1) : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if ("index" in step) {
    const i = step.index < 0 ? value.length + step.index : step.index;
    return i >= 0 && i < value.length ? runQuery(steps, value[i], from + 1) : undefined;
  }
  return value.map((item) => runQuery(steps, item, from + 1)).filter((v) => v !== undefined);
}
