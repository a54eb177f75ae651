import { isIntegerText, limitPhrase } from "../ir/doc-values.js";
import type { IrParam, ParamType } from "../ir/schema.js";
// The same exact comparison the client's check() uses: integers as bigint, so 64-bit limits hold.
import { compareNumber } from "../runtime/check.js";

/** Why a value was refused: 40 for a missing required one, 41 for one that breaks its type or a limit. */
export interface ParamProblem {
  readonly code: 40 | 41;
  /** Wire path, as the client's `ApiRuleError.param` names it: `req.data`, `items[2].sku_id`. */
  readonly path: string;
  readonly reason: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/;
const isNumber = (t: string) => t.trim() !== "" && Number.isFinite(Number(t));

// What a scalar's text must look like, by IR type; types missing here take any text.
const SCALAR_RULES: Partial<Record<ParamType, [(text: string) => boolean, string]>> = {
  long: [(t) => isIntegerText(t.trim()), "expected an integer"],
  double: [isNumber, "expected a number"],
  price: [isNumber, "expected a decimal amount"],
  boolean: [(t) => t === "true" || t === "false", "expected true or false"],
  date: [(t) => DATE.test(t.trim()), "expected yyyy-MM-dd HH:mm:ss"],
};

/** A scalar's text against its type, `maxLength` (characters) and `minValue`/`maxValue`. */
export function scalarProblem(p: IrParam, type: ParamType, text: string, path: string): ParamProblem | undefined {
  const rule = SCALAR_RULES[type];
  if (rule && !rule[0](text)) return { code: 41, path, reason: rule[1] };
  const { maxLength, maxValue, minValue } = p.constraints;
  // The limit wording is the SDK's one (`limitPhrase`), so the gateway's refusals read as check()'s do.
  if (maxLength !== undefined && text.length > maxLength) {
    return { code: 41, path, reason: limitPhrase("maxLength", maxLength) };
  }
  if (maxValue !== undefined && compareNumber(text, maxValue) > 0)
    return { code: 41, path, reason: limitPhrase("maxValue", maxValue) };
  if (minValue !== undefined && compareNumber(text, minValue) < 0)
    return { code: 41, path, reason: limitPhrase("minValue", minValue) };
  return undefined;
}

/** A list's length against `maxListSize`. */
export function listSizeProblem(p: IrParam, size: number, path: string): ParamProblem | undefined {
  const max = p.constraints.maxListSize;
  return max !== undefined && size > max ? { code: 41, path, reason: limitPhrase("maxListSize", max) } : undefined;
}
