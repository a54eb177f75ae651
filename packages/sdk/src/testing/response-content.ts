import type { ApiIr } from "../ir/schema.js";
import { parseLosslessJson } from "../protocol/lossless-json.js";
import { parseTopXml } from "../protocol/xml.js";
import { exampleContent } from "./example-content.js";
import { type Content, typedContent } from "./typed-content.js";

const isContent = (v: unknown): v is Content => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A sample's content, or undefined when the sample is absent, broken or an error_response. Doc samples
 * are hand-written, so unlike the client's strict `openEnvelope` the root's one member is the content
 * whatever its key (a misspelt wrapper still shows the API's fields).
 */
function sampleContent(ir: ApiIr, sample: string | undefined, parse: (text: string) => unknown): Content | undefined {
  if (sample === undefined || sample.trim() === "") return undefined;
  let tree: unknown;
  try {
    tree = parse(sample.trim());
  } catch {
    return undefined; // broken samples fall through to the next source
  }
  if (!isContent(tree) || "error_response" in tree) return undefined;
  const keys = Object.keys(tree);
  const only = keys.length === 1 ? tree[keys[0]!] : undefined;
  return typedContent(ir.response, isContent(only) ? only : only === "" ? {} : tree);
}

/**
 * What a successful call of `ir`'s API answers, built from its doc: the JSON sample if it has one, else
 * the XML sample read with the IR's types, else the IR's example values. The sample's own `request_id`
 * is dropped: every answer gets a fresh one.
 */
export function responseContent(ir: ApiIr): Content {
  const content =
    sampleContent(ir, ir.samples.responseJson, parseLosslessJson) ??
    sampleContent(ir, ir.samples.responseXml, parseTopXml) ??
    exampleContent(ir.response);
  delete content.request_id;
  return content;
}
