import { formatIssuePath } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";

/** A step in a param path: a member name or a list index. */
export type Segment = string | number;

/** A path as users write it (`req.items[0].sku_id`): the SDK's spelling, as in its `ApiRuleError.param`. */
export const pathText = (segments: readonly Segment[]): string => formatIssuePath(segments);

/**
 * Splits a path by dots and `[n]` without knowing the API (for methods the SDK does not ship):
 * `a.b[0].c` -> ["a", "b", 0, "c"].
 */
export function splitPath(path: string): Segment[] {
  const whole = /^([^.[\]]+)((?:\.[^.[\]]+|\[\d+\])*)$/.exec(path);
  if (!whole) {
    throw usageError(
      `"${path}" is not a param path`,
      "write names joined by dots, with [n] for list elements: a.b[0].c",
    );
  }
  const segments: Segment[] = [whole[1]!];
  for (const m of whole[2]!.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  return segments;
}
