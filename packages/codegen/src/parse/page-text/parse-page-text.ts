import type { ApiIr, IrSamples } from "@topkit/sdk/ir";
import { buildParams } from "../../ir/build-params.js";
import { javaNamesOf } from "../../ir/java-names.js";
import { type ParseContext, sha256 } from "../context.js";
import { InputError } from "../input-error.js";
import { readErrorTable } from "./error-table.js";
import { parseHead } from "./head.js";
import { readJavaSample } from "./java-sample.js";
import { paramTree } from "./param-tree.js";
import { sampleBody } from "./samples.js";
import { type PageSections, type SectionName, splitSections } from "./sections.js";
import { tableRows } from "./table-rows.js";

const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** Lines of a param table after its header line (`名称 类型 …`). */
function tableLines(lines: readonly string[] | undefined): string[] {
  if (!lines) return [];
  const header = lines.findIndex((l) => /^\s*名称\s+类型/.test(l));
  return header < 0 ? lines.filter((l) => l.trim() !== "") : lines.slice(header + 1);
}

function readParamsSection(page: PageSections, name: SectionName, warnings: string[]) {
  const hasRequiredColumn = name === "请求参数";
  const rows = tableRows(tableLines(page.sections.get(name)), hasRequiredColumn ? 5 : 4);
  return paramTree(rows, hasRequiredColumn, name, warnings);
}

function samplesOf(page: PageSections, requestJava: string | undefined): IrSamples {
  const response = sampleBody(page.sections.get("响应示例"));
  const error = sampleBody(page.sections.get("异常示例") ?? page.sections.get("验签示例"));
  const samples: IrSamples = {};
  if (response.json) samples.responseJson = response.json;
  if (response.xml) samples.responseXml = response.xml;
  if (error.json) samples.errorJson = error.json;
  if (error.xml) samples.errorXml = error.xml;
  if (requestJava) samples.requestJava = requestJava;
  return samples;
}

/**
 * Reads a rendered doc page (the text a person copies from the browser) into IR. Refuses, with an
 * `InputError`, the older pipe-table layout, a page without a method name, and a page cut before its
 * footer — unless `allowIncomplete`, which marks the IR `incomplete: true` (never emitted).
 */
export function parsePageText(text: string, ctx: ParseContext): ApiIr {
  if (text.split("\n").some((l) => PIPE_ROW.test(l))) throw new InputError(ctx.file, "unsupported layout: pipe table");
  const page = splitSections(text);
  const head = parseHead(page.head);
  if (!head.method) {
    throw new InputError(ctx.file, "no method name: expected a line like `taobao.trade.get (获取单笔交易的部分信息)`");
  }
  if (!page.complete && !ctx.allowIncomplete) {
    const where = page.order.at(-1) ?? "the page head";
    throw new InputError(ctx.file, `incomplete: stops inside ${where}`);
  }
  const warnings: string[] = [];
  const java = readJavaSample(page.sections.get("请求示例") ?? []);
  const request = buildParams(readParamsSection(page, "请求参数", warnings), "request", warnings);
  const response = buildParams(readParamsSection(page, "响应参数", warnings), "response", warnings);
  const ir: ApiIr = {
    method: head.method,
    title: head.title,
    description: head.description,
    ...((head.category ?? ctx.category) ? { category: head.category ?? ctx.category } : {}),
    ...(ctx.docId ? { docId: ctx.docId } : {}),
    source: { form: "page-text", sha256: sha256(text), ...(ctx.url ? { url: ctx.url } : {}) },
    labels: [],
    needsSession: java?.needsSession ?? false,
    javaNames: javaNamesOf(head.method),
    request,
    response,
    samples: samplesOf(page, java?.code),
    errorCodes: readErrorTable(page.sections.get("错误码解释")),
  };
  if (warnings.length > 0) ir.warnings = warnings;
  if (!page.complete) ir.incomplete = true;
  return ir;
}
