import type { IrParam } from "../ir/schema.js";
import { parseLosslessJson } from "../protocol/lossless-json.js";
import type { ReceivedFile } from "./incoming.js";
import {
  holdsStructs,
  isAbsent,
  isObject,
  itemType,
  jsonProblem,
  missing,
  own,
  textListProblem,
} from "./json-checks.js";
import { type GatewayError, topError } from "./top-errors.js";
import { type ParamProblem, scalarProblem } from "./value-checks.js";

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
