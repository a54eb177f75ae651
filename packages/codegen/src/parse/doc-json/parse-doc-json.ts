import type { ApiIr, IrErrorCode, IrSamples } from "@topkit/sdk/ir";
import { buildParams } from "../../ir/build-params.js";
import { javaNamesOf, methodNameWarnings } from "../../ir/java-names.js";
import { type ParseContext, sha256 } from "../context.js";
import { htmlToText } from "../html-text.js";
import { InputError } from "../input-error.js";
import { type DocJson, DocJsonSchema } from "./doc-json-types.js";
import { readParams } from "./read-params.js";

/** The doc object inside either form: the bare `data`, or the endpoint's `{success, data}` answer. */
function docObject(value: unknown, file: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(file, "not a doc JSON object");
  }
  const v = value as Record<string, unknown>;
  if ("success" in v && "data" in v) {
    if (v.success !== true || typeof v.data !== "object" || v.data === null) {
      throw new InputError(file, `the doc endpoint answered without a doc (success: ${String(v.success)})`);
    }
    return v.data;
  }
  return v;
}

/** How the doc site's Java sample starts its call, in the official Java SDK's words. */
const JAVA_CLIENT_LINE = /\bTaobaoClient\s+\w+\s*=\s*new\s+DefaultTaobaoClient\s*\(/;

/**
 * The Java sample among the endpoint's `sdkDemos`. The corpus has no doc with that key (its copies of the
 * endpoint's answers leave it out), so its shape is not assumed: the first text anywhere inside it (a few
 * levels deep) that builds a `DefaultTaobaoClient` the Java way is the Java sample; the other languages'
 * samples (.NET's `ITopClient`, PHP, Python, Node) never do.
 */
export function javaSampleOf(demos: unknown): string | undefined {
  const walk = (value: unknown, depth: number): string | undefined => {
    if (typeof value === "string") return JAVA_CLIENT_LINE.test(value) ? value : undefined;
    if (depth >= 4 || typeof value !== "object" || value === null) return undefined;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      const found = walk(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(demos, 0);
}

function samplesOf(doc: DocJson): IrSamples {
  const samples: IrSamples = {};
  const put = (key: keyof IrSamples, value: string | null | undefined) => {
    if (value && value.trim() !== "") samples[key] = value;
  };
  put("responseJson", doc.rspSampleJson);
  put("responseXml", doc.rspSampleXml);
  put("responseSimplifyJson", doc.rspSampleSimplifyJson);
  put("errorJson", doc.apiErrDemoJson);
  put("errorXml", doc.apiErrDemoXml);
  put("requestJava", javaSampleOf(doc.sdkDemos));
  return samples;
}

function errorCodesOf(doc: DocJson): IrErrorCode[] {
  return (doc.errorCodes ?? []).flatMap((e) => {
    const code = e.errorCode === null || e.errorCode === undefined ? "" : String(e.errorCode).trim();
    if (code === "") return [];
    const solution = htmlToText(e.solution);
    return [{ code, message: htmlToText(e.errorMsg), ...(solution ? { solution } : {}) }];
  });
}

/** The user-authorisation label: key `required`, or a display name saying authorisation is needed. */
function needsSessionOf(doc: DocJson): boolean {
  return (doc.labels ?? []).some(
    (l) => l.key === "required" || /需要授权|必须用户授权|需要用户授权/.test(l.displayName ?? ""),
  );
}

/** Why a doc JSON without a method name is refused: says what the file does hold and what to do. */
function noDocReason(doc: DocJson): string {
  const keys = Object.keys(doc);
  const holds =
    keys.length === 1 && keys[0] === "id" && typeof doc.id === "number"
      ? `only a doc id (${doc.id})`
      : keys.length === 0
        ? "nothing"
        : `only ${keys.join(", ")}`;
  return `holds no API doc: no method name ("name"), ${holds}; fetch the doc again or remove the file`;
}

/**
 * Reads a doc JSON (the `data` of getDocument.json, or its top-metadata projection) into IR.
 * Throws `InputError` for anything that is not such a doc (no method name, not JSON, wrong shapes).
 */
export function parseDocJson(text: string, ctx: ParseContext): ApiIr {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(ctx.file, `not valid JSON (${(e as Error).message})`);
  }
  const result = DocJsonSchema.safeParse(docObject(value, ctx.file));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(ctx.file, `unexpected doc JSON at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const doc = result.data;
  const method = doc.name?.trim();
  if (!method) throw new InputError(ctx.file, noDocReason(doc));
  const warnings: string[] = methodNameWarnings(method);
  const nameless = (path: string) => warnings.push(`${path}: a param without a name was skipped`);
  const request = buildParams(readParams(doc.requestParams, "request", nameless), "request", warnings);
  const response = buildParams(readParams(doc.responseParams, "response", nameless), "response", warnings);
  const docId = ctx.docId ?? (typeof doc.id === "number" && doc.id > 0 ? doc.id : undefined);
  const ir: ApiIr = {
    method,
    title: (doc.apiChineseName ?? "").trim(),
    description: htmlToText(doc.description),
    ...(ctx.category ? { category: ctx.category } : {}),
    ...(docId ? { docId } : {}),
    source: { form: "doc-json", sha256: sha256(text), ...(ctx.url ? { url: ctx.url } : {}) },
    labels: (doc.labels ?? []).map((l) => (l.displayName ?? "").trim()).filter((l) => l !== ""),
    needsSession: needsSessionOf(doc),
    javaNames: javaNamesOf(method),
    request,
    response,
    samples: samplesOf(doc),
    errorCodes: errorCodesOf(doc),
  };
  if (warnings.length > 0) ir.warnings = warnings;
  return ir;
}
