import { losslessStringify } from "@topkit/sdk";
import type { ApiIr } from "@topkit/sdk/ir";
import { wireExampleTree } from "../examples/wire-example.js";
import { codeGroup } from "../page/fence.js";
import { indentJson } from "./indent-json.js";

const DERIVED_NOTE =
  '<p class="sample-note">The doc gives no JSON sample: this one is built from the response parameters\' example values (lists as plain arrays).</p>';

/** The response samples as tabs (JSON, simplify JSON, XML); a JSON tab built from the examples when the doc has none. */
export function responseSamples(ir: ApiIr): string {
  const { responseJson, responseSimplifyJson, responseXml } = ir.samples;
  const derived = responseJson || responseSimplifyJson ? undefined : wireExampleTree(ir.response);
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
