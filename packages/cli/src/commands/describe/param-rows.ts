import type { IrParam } from "@topkit/sdk/ir";

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

/** The doc's limits (更多限制) in words. */
export function limitsText(c: IrParam["constraints"]): string {
  const parts: string[] = [];
  if (c.maxLength !== undefined) parts.push(`at most ${c.maxLength} characters`);
  if (c.maxListSize !== undefined) parts.push(`at most ${c.maxListSize} items`);
  if (c.minValue !== undefined) parts.push(`≥ ${c.minValue}`);
  if (c.maxValue !== undefined) parts.push(`≤ ${c.maxValue}`);
  return parts.join(", ");
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
      limits: limitsText(p.constraints),
      ...(p.example !== undefined && { example: p.example }),
      ...(p.default !== undefined && { default: p.default }),
      description: p.description,
    };
    const childPrefix = p.type === "array" ? `${path}[0].` : `${path}.`;
    return [row, ...paramRows(p.children, childPrefix, depth + 1)];
  });
}
