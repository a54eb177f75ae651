import type { ApiIr } from "@topkit/sdk/ir";
import { exampleTabs } from "../examples/example-tabs.js";
import { errorCodeTable, errorSample } from "../samples/error-section.js";
import { responseSamples } from "../samples/response-samples.js";
import { apiHead } from "./api-head.js";
import type { Category } from "./categories.js";
import { markdownText } from "./escape.js";
import { paramTable, structSections } from "./param-tables.js";

/** Section anchors of an API page; the search index points at the same ones. */
export const API_SECTIONS = {
  request: "request",
  response: "response",
  examples: "examples",
  responseSamples: "response-samples",
  errorSample: "error-sample",
  errorCodes: "error-codes",
} as const;

/** One API's reference page as Markdown: fixed headings, everything from the doc inside escaped blocks. */
export function apiPage(ir: ApiIr, category: Category): string {
  const { request, response } = ir.javaNames;
  const s = API_SECTIONS;
  return [
    `# ${markdownText(ir.method)}`,
    apiHead(ir, category),
    `## Request parameters {#${s.request}}`,
    paramTable("request", ir.request),
    ...structSections("request", ir.request, request),
    `## Response parameters {#${s.response}}`,
    paramTable("response", ir.response),
    ...structSections("response", ir.response, response),
    `## Examples {#${s.examples}}`,
    exampleTabs(ir),
    `## Response samples {#${s.responseSamples}}`,
    responseSamples(ir),
    `## Error sample {#${s.errorSample}}`,
    errorSample(ir),
    `## Error codes {#${s.errorCodes}}`,
    errorCodeTable(ir),
  ].join("\n\n");
}
