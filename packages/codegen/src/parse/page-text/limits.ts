import type { Constraints } from "@topkit/sdk/ir";

/** What the 更多限制 cell can say about a param. */
export interface Limits {
  constraints: Constraints;
  default?: string | undefined;
}

/**
 * Applies one 更多限制 entry (`最大长度:64`, `最大列表长度:999`, `默认值:list_time:desc`, `最大值:200`,
 * `最小值:1`). A value that is not the number it must be is ignored, so a garbled limit never
 * becomes a wrong check.
 */
export function applyLimit(cell: string, into: Limits): void {
  const colon = cell.search(/[:：]/);
  if (colon < 0) return;
  const key = cell.slice(0, colon).trim();
  const value = cell.slice(colon + 1).trim();
  const n = value === "" ? Number.NaN : Number(value);
  if (key === "默认值") into.default = value;
  else if (key === "最大长度" && Number.isInteger(n) && n >= 0) into.constraints.maxLength = n;
  else if (key === "最大列表长度" && Number.isInteger(n) && n >= 0) into.constraints.maxListSize = n;
  else if (key === "最大值" && Number.isFinite(n)) into.constraints.maxValue = n;
  else if (key === "最小值" && Number.isFinite(n)) into.constraints.minValue = n;
}
