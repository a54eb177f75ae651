import type { IrParam } from "../ir/schema.js";
import { RawNumber } from "../runtime/raw-number.js";
import { scalarText } from "../runtime/read-value.js";
import { listSizeProblem, type ParamProblem, scalarProblem } from "./value-checks.js";

// Checks of values inside the JSON text of struct params (`req={"type":1,"data":"…"}`), by the IR's children.

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
export const isAbsent = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
export const holdsStructs = (p: IrParam) => p.children.length > 0;
export const itemType = (p: IrParam) => p.itemType ?? "string";
export const missing = (path: string): ParamProblem => ({ code: 40, path, reason: "required" });
/** `record[name]` only when it is the record's own member (a param called `constructor` is no method). */
export const own = <T>(record: Readonly<Record<string, T>>, name: string): T | undefined =>
  Object.hasOwn(record, name) ? record[name] : undefined;

/** The first problem among a struct value's children (parsed JSON), in doc order. */
function childrenProblem(params: readonly IrParam[], value: Record<string, unknown>, path: string) {
  for (const p of params) {
    const problem = jsonProblem(p, own(value, p.name), `${path}.${p.name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** A value inside struct JSON, by its param: nested structs, lists (arrays or comma text) and scalars. */
export function jsonProblem(p: IrParam, v: unknown, path: string): ParamProblem | undefined {
  if (isAbsent(v)) return p.required ? missing(path) : undefined;
  if (p.type === "struct" && holdsStructs(p)) {
    return isObject(v) ? childrenProblem(p.children, v, path) : { code: 41, path, reason: "expected an object" };
  }
  if (p.type === "array") {
    if (typeof v === "string") return textListProblem(p, v, path);
    if (!Array.isArray(v)) return { code: 41, path, reason: "expected a list" };
    return listSizeProblem(p, v.length, path) ?? itemsProblem(p, v, path);
  }
  const text = scalarText(v);
  if (text === undefined) {
    return p.type === "json" || p.type === "map" || p.type === "unknown" || p.type === "struct"
      ? undefined
      : { code: 41, path, reason: `expected a ${p.type} value` };
  }
  return scalarProblem(p, p.type, text, path);
}

function itemsProblem(p: IrParam, items: readonly unknown[], path: string): ParamProblem | undefined {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const at = `${path}[${i}]`;
    if (holdsStructs(p)) {
      if (isAbsent(item)) continue;
      const problem = isObject(item)
        ? childrenProblem(p.children, item, at)
        : { code: 41 as const, path: at, reason: "expected an object" };
      if (problem) return problem;
      continue;
    }
    const text = scalarText(item);
    const problem =
      text === undefined
        ? { code: 41 as const, path: at, reason: "expected a scalar" }
        : scalarProblem(p, itemType(p), text, at);
    if (problem) return problem;
  }
  return undefined;
}

/** A comma-joined list of scalars, as TOP takes `String[]`/`Number[]` params. */
export function textListProblem(p: IrParam, text: string, path: string): ParamProblem | undefined {
  const items = text.split(",");
  return listSizeProblem(p, items.length, path) ?? itemsProblem(p, items, path);
}
