import type { ApiIr } from "../ir/schema.js";
import { openEnvelope } from "../protocol/envelope.js";
import { parseLosslessJson } from "../protocol/lossless-json.js";
import { parseTopXml } from "../protocol/xml.js";
import { exampleContent } from "./example-content.js";
import { type Content, typedContent } from "./typed-content.js";

/** A sample's content, or undefined when the sample is absent, broken or an error_response. */
function sampleContent(ir: ApiIr, sample: string | undefined, parse: (text: string) => unknown): Content | undefined {
  if (sample === undefined || sample.trim() === "") return undefined;
  let envelope: ReturnType<typeof openEnvelope>;
  try {
    envelope = openEnvelope(parse(sample.trim()));
  } catch {
    return undefined; // doc samples are hand-written and sometimes broken: fall through to the next source
  }
  return envelope && !envelope.isError ? typedContent(ir.response, envelope.content) : undefined;
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
