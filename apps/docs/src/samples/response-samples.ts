import { losslessStringify } from "@topkit/sdk";
import { type ApiIr, type IrParam, isIntegerText, listItemWireOf, wireExampleTree } from "@topkit/sdk/ir";
import { codeGroup } from "../page/fence.js";
import { indentJson } from "./indent-json.js";

const DERIVED_NOTE =
  "<p class=\"sample-note\">The doc gives no JSON sample: this one is built from the response parameters' example values (lists in TOP's wrappers, as TOP answers).</p>";

/** A scalar list item as JSON holds it: 64-bit integers exact (bigint past 2^53), decimals as numbers. */
function jsonItem(p: IrParam, text: string): unknown {
  const t = text.trim();
  if ((p.itemType === "long" || p.itemType === "double") && isIntegerText(t)) {
    return Number.isSafeInteger(Number(t)) ? Number(t) : BigInt(t);
  }
  return p.itemType === "double" && Number.isFinite(Number(t)) && t !== "" ? Number(t) : text;
}

/** A list's example items: struct items as they are, a scalar list's comma text split. */
function listItems(p: IrParam, value: unknown): unknown[] {
  return Array.isArray(value)
    ? value
    : String(value)
        .split(",")
        .map((item) => jsonItem(p, item));
}

/** An example tree with each list in its JSON wrapper, under the item name TOP gives it (`{"orders": {"order": [...]}}`). */
function inTopWrappers(params: readonly IrParam[], tree: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tree)) {
    const p = params.find((param) => param.name === name);
    const wrap = (v: unknown) =>
      p && typeof v === "object" && v !== null && !Array.isArray(v)
        ? inTopWrappers(p.children, v as Record<string, unknown>)
        : v;
    const v = p?.type === "array" ? { [listItemWireOf(p)]: listItems(p, value).map(wrap) } : wrap(value);
    Object.defineProperty(out, name, { value: v, enumerable: true }); // a doc's `__proto__` stays a name
  }
  return out;
}

/** The response samples as tabs (JSON, simplify JSON, XML); a JSON tab built from the examples when the doc has none. */
export function responseSamples(ir: ApiIr): string {
  const { responseJson, responseSimplifyJson, responseXml } = ir.samples;
  const derived =
    responseJson || responseSimplifyJson ? undefined : inTopWrappers(ir.response, wireExampleTree(ir.response));
  const tabs: [string, string, string][] = [];
  if (responseJson) tabs.push(["json", "JSON", indentJson(responseJson)]);
  else if (derived && Object.keys(derived).length > 0)
    tabs.push(["json", "JSON", indentJson(losslessStringify({ [ir.javaNames.responseKey]: derived }))]);
  if (responseSimplifyJson) tabs.push(["json", "JSON (simplify)", indentJson(responseSimplifyJson)]);
  if (responseXml) tabs.push(["xml", "XML", responseXml]);
  if (tabs.length === 0) return '<p class="sample-none">The doc gives no response sample.</p>';
  const note = derived && tabs[0]?.[1] === "JSON" ? `\n\n${DERIVED_NOTE}` : "";
  return `${codeGroup(tabs)}${note}`;
}
