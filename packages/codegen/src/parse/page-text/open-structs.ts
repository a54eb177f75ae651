import type { RawParam } from "../../ir/raw-param.js";
import { isArrayType } from "./cell-kinds.js";
import { type SampleStep, type SampleTree, sampleHas } from "./sample-tree.js";

/** A struct row whose fields may still follow, and its wire path. */
export interface OpenStruct {
  param: RawParam;
  path: string;
  /** False for a `└` struct row: whether the next row is its first field or its sibling is not shown. */
  certainFirst: boolean;
}

export const stepsOf = (stack: readonly OpenStruct[]): SampleStep[] =>
  stack.map((o) => ({ name: o.param.name, isArray: isArrayType(o.param.docType) }));

/** Where a nested row goes among the open structs, and whether the page (or a sample) showed it. */
export interface Placement {
  index: number;
  certain: boolean;
}

/**
 * The open struct a nested row belongs to. The page shows it only for the first row after a struct
 * row without `└`; otherwise a sample that shows the field inside one of the open structs decides
 * (the innermost such), and failing that: a `└` row goes under the nearest struct row (the reading of
 * docs/architecture.md "Inputs"), a struct row without `└` beside the innermost struct (measured on the
 * catalogue as the likelier reading). Either default is reported as a doubt by the caller.
 */
export function placeRow(
  stack: readonly OpenStruct[],
  name: string,
  form: "child" | "nested",
  sample: SampleTree | undefined,
): Placement {
  const last = stack.length - 1;
  const inner = stack[last]!;
  if (last === 0 || (inner.param.children.length === 0 && inner.certainFirst)) return { index: last, certain: true };
  if (sample) {
    for (let i = last; i >= 0; i--) {
      if (sampleHas(sample, stepsOf(stack.slice(0, i + 1)), name)) return { index: i, certain: true };
    }
  }
  if (form === "child" || inner.param.children.length === 0) return { index: last, certain: false };
  return { index: last - 1, certain: false };
}
