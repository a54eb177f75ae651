import type { IrParam } from "../ir/schema.js";
import { parseLosslessJson } from "../protocol/lossless-json.js";
import { RawNumber } from "../runtime/raw-number.js";
import { scalarText } from "../runtime/read-value.js";
import type { ReceivedFile } from "./incoming.js";
import { type GatewayError, topError } from "./top-errors.js";
import { listSizeProblem, type ParamProblem, scalarProblem } from "./value-checks.js";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
const isAbsent = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const holdsStructs = (p: IrParam) => p.children.length > 0;
const itemType = (p: IrParam) => p.itemType ?? "string";
const missing = (path: string): ParamProblem => ({ code: 40, path, reason: "required" });
/** `record[name]` only when it is the record's own member (a param called `constructor` is no method). */
const own = <T>(record: Readonly<Record<string, T>>, name: string): T | undefined =>
  Object.hasOwn(record, name) ? record[name] : undefined;

/** Each child param of a struct value (parsed JSON), required ones first missed first. */
function childrenProblem(params: readonly IrParam[], value: Record<string, unknown>, path: string) {
  for (const p of params) {
    const problem = jsonProblem(p, own(value, p.name), `${path}.${p.name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** A value inside struct JSON, by its param: nested structs, lists (arrays or comma text) and scalars. */
function jsonProblem(p: IrParam, v: unknown, path: string): ParamProblem | undefined {
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
function textListProblem(p: IrParam, text: string, path: string): ParamProblem | undefined {
  const items = text.split(",");
  return listSizeProblem(p, items.length, path) ?? itemsProblem(p, items, path);
}

/** JSON text of a struct, struct list, map or json param, parsed losslessly; a SyntaxError becomes 41. */
function jsonTextProblem(p: IrParam, text: string): ParamProblem | undefined {
  let value: unknown;
  try {
    value = parseLosslessJson(text);
  } catch (error) {
    return { code: 41, path: p.name, reason: `not JSON (${(error as Error).message})` };
  }
  if (p.type === "map" && !isObject(value)) return { code: 41, path: p.name, reason: "expected a JSON object" };
  return p.type === "struct" || p.type === "array" ? jsonProblem(p, value, p.name) : undefined;
}

/** One top-level text param as received. */
function textProblem(p: IrParam, text: string): ParamProblem | undefined {
  if (p.type === "array" && !holdsStructs(p) && itemType(p) !== "json") return textListProblem(p, text, p.name);
  if (p.type === "struct" || p.type === "array" || p.type === "map" || p.type === "json") {
    return jsonTextProblem(p, text);
  }
  return scalarProblem(p, p.type, text, p.name);
}

function fileProblem(p: IrParam, file: ReceivedFile | undefined): ParamProblem | undefined {
  if (!file) return p.required ? missing(p.name) : undefined;
  const max = p.constraints.maxLength;
  return max !== undefined && file.size > max ? { code: 41, path: p.name, reason: `at most ${max} bytes` } : undefined;
}

/**
 * The API's business params checked against its IR, as TOP checks them before the API runs: required
 * params (40) and types and the doc's limits (41), into struct JSON. Unknown params are ignored, as TOP does.
 */
export function paramsProblem(
  params: readonly IrParam[],
  text: Readonly<Record<string, string>>,
  files: Readonly<Record<string, ReceivedFile>>,
): ParamProblem | undefined {
  for (const p of params) {
    if (p.type === "file") {
      const problem = fileProblem(p, own(files, p.name));
      if (problem) return problem;
      continue;
    }
    const value = own(text, p.name);
    if (isAbsent(value)) {
      if (p.required) return missing(p.name);
      continue;
    }
    const problem = textProblem(p, value!);
    if (problem) return problem;
  }
  return undefined;
}

/** A problem as TOP reports it: the path in `msg` (`Missing required arguments:req.data`) and in `sub_msg`. */
export function problemError(problem: ParamProblem): GatewayError {
  const { code, path, reason } = problem;
  return code === 40
    ? topError(40, "isv.missing-parameter", `${path}: required`, `Missing required arguments:${path}`)
    : topError(41, "isv.invalid-parameter", `${path}: ${reason}`, `Invalid arguments:${path}`);
}
