import { type IrParam, limitPhrases, memberPathPrefix } from "@topkit/sdk/ir";

/** One param of a describe listing, flattened: its wire path and what the doc says of it. */
export interface ParamRow {
  readonly path: string;
  readonly depth: number;
  /** The doc's type (`Number`, `CustomerClueOutInvestDataBackFlowReq`, `String[]`). */
  readonly type: string;
  readonly required: boolean;
  /** The doc's limits in words (`at most 64 characters, at most 20 items`), or empty. */
  readonly limits: string;
  readonly example?: string;
  readonly default?: string;
  readonly description: string;
}

/**
 * The param tree in doc order, parents before children, each with the path `--set` takes
 * (`req.data`; list elements as `items[0].sku_id`).
 */
export function paramRows(params: readonly IrParam[], prefix = "", depth = 0): ParamRow[] {
  return params.flatMap((p) => {
    const path = prefix + p.name;
    const row: ParamRow = {
      path,
      depth,
      type: p.docType,
      required: p.required,
      limits: limitPhrases(p.constraints, p.type).join(", "),
      ...(p.example !== undefined && { example: p.example }),
      ...(p.default !== undefined && { default: p.default }),
      description: p.description,
    };
    return [row, ...paramRows(p.children, memberPathPrefix(path, p), depth + 1)];
  });
}
