import { type ApiIr, topkitCallLine, tsExample } from "@topkit/sdk/ir";
import { type ParamRow, paramRows } from "./param-rows.js";

/** What `topkit describe` knows of an API, as printed with `--output json`. */
export interface Description {
  readonly method: string;
  readonly title: string;
  readonly description: string;
  readonly category?: string;
  readonly docId?: number;
  readonly url?: string;
  readonly needsSession: boolean;
  readonly request: readonly ParamRow[];
  readonly response: readonly ParamRow[];
  readonly errorCodes: ApiIr["errorCodes"];
  /** A `topkit call` line from the doc's examples, as the SDK spells it for the docs too. */
  readonly example: string;
  /** The same request built with @topkit/sdk's classes. */
  readonly typescript: string;
}

export function describeApi(ir: ApiIr): Description {
  return {
    method: ir.method,
    title: ir.title,
    description: ir.description,
    ...(ir.category !== undefined && { category: ir.category }),
    ...(ir.docId !== undefined && { docId: ir.docId }),
    ...(ir.source.url !== undefined && { url: ir.source.url }),
    needsSession: ir.needsSession,
    request: paramRows(ir.request),
    response: paramRows(ir.response),
    errorCodes: ir.errorCodes,
    example: topkitCallLine(ir, ir.needsSession ? { session: "<session>" } : {}),
    typescript: tsExample(ir, { program: true }),
  };
}
