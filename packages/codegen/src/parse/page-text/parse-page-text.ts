import type { ApiIr, IrSamples } from "@topkit/sdk/ir";
import { buildParams } from "../../ir/build-params.js";
import { javaNamesOf } from "../../ir/java-names.js";
import type { RawParam } from "../../ir/raw-param.js";
import { type ParseContext, sha256 } from "../context.js";
import { InputError } from "../input-error.js";
import { readErrorTable } from "./error-table.js";
import { parseHead } from "./head.js";
import { checkAgainstJava } from "./java-checks.js";
import { type JavaSample, readJavaSample } from "./java-sample.js";
import { jsonSampleTree } from "./json-sample-tree.js";
import { paramTree, type TreeContext } from "./param-tree.js";
import { isPipeTable } from "./pipe-table.js";
import type { SampleTree } from "./sample-tree.js";
import { sampleBody, sampleText } from "./samples.js";
import { type PageSections, splitSections } from "./sections.js";
import { tableRows } from "./table-rows.js";
import { xmlSampleTree } from "./xml-sample-tree.js";

type Table = "请求参数" | "响应参数";

function readTable(page: PageSections, name: Table, ctx: Omit<TreeContext, "side" | "section">): RawParam[] {
  const side = name === "请求参数" ? "request" : "response";
  const lines = page.sections.get(name);
  if (!lines) {
    if (page.complete) ctx.warnings.push(`${side}: the page has no ${name} section; read as no params`);
    return [];
  }
  const { rows, notes } = tableRows(lines, side === "request");
  return paramTree(rows, notes, { ...ctx, side, section: name });
}

function samplesOf(page: PageSections, java: JavaSample | undefined): IrSamples {
  const response = sampleBody(page.sections.get("响应示例"));
  const error = sampleBody(page.sections.get("异常示例") ?? page.sections.get("验签示例"));
  const samples: IrSamples = {};
  if (response.json) samples.responseJson = response.json;
  if (response.xml) samples.responseXml = response.xml;
  if (error.json) samples.errorJson = error.json;
  if (error.xml) samples.errorXml = error.xml;
  if (java) samples.requestJava = java.code;
  return samples;
}

function responseTree(page: PageSections): SampleTree | undefined {
  const { xml, json } = sampleBody(page.sections.get("响应示例"));
  return xml ? xmlSampleTree(xml) : json ? jsonSampleTree(json) : undefined;
}

/** The last line holding text: on a cut page, where the cut fell. */
function lastTextLine(page: PageSections): number | undefined {
  const last = page.order.at(-1);
  const lines = last ? page.sections.get(last) : page.head;
  return lines?.filter((l) => l.text.trim() !== "").at(-1)?.no;
}

function refuse(page: PageSections, ctx: ParseContext, method: string | undefined): void {
  if (!method) {
    const what = page.order.length === 0 ? " and none of the sections of a TOP doc page (请求参数, 响应参数 …)" : "";
    const like = '"taobao.trade.get (获取单笔交易的部分信息)"';
    throw new InputError(ctx.file, `no method name${what}: expected a line like ${like} before 公共参数`);
  }
  if (!page.complete && !ctx.allowIncomplete) {
    throw new InputError(ctx.file, `incomplete: stops inside ${page.order.at(-1) ?? "the page head"}`);
  }
}

/**
 * Reads a rendered doc page (the text a person copies from the browser) into IR. Refuses, with an
 * `InputError`, the older pipe-table layout, a page without a method name, and a page cut before its
 * footer — unless `allowIncomplete`, which marks the IR `incomplete: true` (never emitted).
 */
export function parsePageText(text: string, ctx: ParseContext): ApiIr {
  if (isPipeTable(text)) throw new InputError(ctx.file, "unsupported layout: pipe table");
  const page = splitSections(text);
  const head = parseHead(page.head);
  refuse(page, ctx, head.method);
  const method = head.method!;
  const warnings: string[] = [];
  const example = page.sections.get("请求示例")?.map((l) => l.text) ?? [];
  const java = readJavaSample(example);
  const requestSample = java ? java.tree : jsonSampleTree(sampleText(page.sections.get("请求示例")));
  const cutLine = page.complete ? undefined : lastTextLine(page);
  const rawRequest = readTable(page, "请求参数", { sample: requestSample, cutLine, warnings });
  const rawResponse = readTable(page, "响应参数", { sample: responseTree(page), cutLine, warnings });
  if (java?.tree) checkAgainstJava(rawRequest, java.tree, warnings);
  if (java && java.needsSession === undefined && page.complete) {
    warnings.push("请求示例: the Java sample makes no client.execute(...) call; needsSession read as false");
  }
  const category = head.category ?? ctx.category;
  const ir: ApiIr = {
    method,
    title: head.title,
    description: head.description,
    ...(category ? { category } : {}),
    ...(ctx.docId ? { docId: ctx.docId } : {}),
    source: { form: "page-text", sha256: sha256(text), ...(ctx.url ? { url: ctx.url } : {}) },
    labels: [],
    needsSession: java?.needsSession ?? false,
    javaNames: javaNamesOf(method),
    request: buildParams(rawRequest, "request", warnings),
    response: buildParams(rawResponse, "response", warnings),
    samples: samplesOf(page, java),
    errorCodes: readErrorTable(page.sections.get("错误码解释"), warnings),
  };
  if (warnings.length > 0) ir.warnings = warnings;
  if (!page.complete) ir.incomplete = true;
  return ir;
}
