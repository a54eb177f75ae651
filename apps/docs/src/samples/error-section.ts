import type { ApiIr } from "@topkit/sdk/ir";
import { html, htmlLines } from "../page/escape.js";
import { codeGroup } from "../page/fence.js";
import { guidePath } from "../page/links.js";
import { indentJson } from "./indent-json.js";

/** The doc's error sample (JSON and XML tabs), if it has one. */
export function errorSample(ir: ApiIr): string {
  const { errorJson, errorXml } = ir.samples;
  const tabs: [string, string, string][] = [];
  if (errorJson) tabs.push(["json", "JSON", indentJson(errorJson)]);
  if (errorXml) tabs.push(["xml", "XML", errorXml]);
  return tabs.length > 0 ? codeGroup(tabs) : '<p class="sample-none">The doc gives no error sample.</p>';
}

const PLATFORM_CODES = `<a href="${guidePath("errors")}">platform error codes and retries</a>`;

/** The API's own error codes (code, message, solution); the platform's codes live in the errors guide. */
export function errorCodeTable(ir: ApiIr): string {
  if (ir.errorCodes.length === 0) {
    return `<p class="error-codes-none">The doc lists no API-specific error codes; see the ${PLATFORM_CODES}.</p>`;
  }
  const rows = ir.errorCodes.map(
    (e) =>
      `<tr><td><code>${html(e.code)}</code></td><td>${htmlLines(e.message)}</td><td>${htmlLines(e.solution ?? "")}</td></tr>`,
  );
  return [
    '<div class="error-codes" v-pre><table>',
    "<thead><tr><th>Code</th><th>Message</th><th>Solution</th></tr></thead><tbody>",
    ...rows,
    `</tbody></table><p>See also the ${PLATFORM_CODES}.</p></div>`,
  ].join("\n");
}
