import type { Constraints } from "@topkit/sdk/ir";
import type { RawParam } from "../../ir/raw-param.js";
import { htmlToText } from "../html-text.js";
import type { DocJsonParam } from "./doc-json-types.js";

/** A limit as a number: docs give numbers, numeric strings, `null` or `""`. */
function limit(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

function constraintsOf(p: DocJsonParam): Constraints {
  const out: Constraints = {};
  const maxLength = limit(p.maxLength);
  const maxListSize = limit(p.maxListSize);
  const maxValue = limit(p.maxValue);
  const minValue = limit(p.minValue);
  if (maxLength !== undefined && maxLength >= 0) out.maxLength = Math.trunc(maxLength);
  if (maxListSize !== undefined && maxListSize >= 0) out.maxListSize = Math.trunc(maxListSize);
  if (maxValue !== undefined) out.maxValue = maxValue;
  if (minValue !== undefined) out.minValue = minValue;
  return out;
}

/** Doc-JSON params -> raw params; a param without a name is reported through `onNameless` and skipped. */
export function readParams(
  params: readonly DocJsonParam[] | null | undefined,
  path: string,
  onNameless: (path: string) => void,
): RawParam[] {
  const out: RawParam[] = [];
  (params ?? []).forEach((p, i) => {
    const name = p.name?.trim();
    if (!name) {
      onNameless(`${path}[${i}]`);
      return;
    }
    out.push({
      name,
      docType: p.type ?? undefined,
      required: p.required === true,
      example: p.demoValue ?? undefined,
      default: p.defaultValue ?? undefined,
      constraints: constraintsOf(p),
      description: htmlToText(p.description),
      children: readParams(p.subParams, `${path}.${name}`, onNameless),
    });
  });
  return out;
}
