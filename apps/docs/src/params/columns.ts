import type { IrParam } from "@topkit/sdk/ir";
import { html, htmlLines } from "../page/escape.js";
import { type Side, structAnchor } from "./anchors.js";
import { limitsOf } from "./limits.js";
import { isStructParam, tsTypeOf } from "./ts-type.js";

/** One column of a parameter table: its header, its cell, and whether a param has anything to show in it. */
export interface Column {
  header: string;
  cell(p: IrParam, depth: number): string;
  /** Columns that could be empty are left out of a table where no param fills them. */
  has?(p: IrParam): boolean;
}

/** The name cell: a tree branch mark for nested params, then the wire name. */
const name = (): Column => ({
  header: "Name",
  cell: (p, depth) => {
    const branch = depth > 0 ? '<span class="param-branch">└</span>' : "";
    return `<span class="param-name" style="--depth:${depth}">${branch}<code>${html(p.name)}</code></span>`;
  },
});

/** The doc's type (a struct links to its section), and the SDK's TypeScript type when it reads differently. */
const type = (side: Side): Column => ({
  header: "Type",
  cell: (p) => {
    const doc = html(p.docType || p.type);
    const docPart = isStructParam(p) ? `<a href="#${structAnchor(side, p.structName!)}">${doc}</a>` : doc;
    const ts = tsTypeOf(side, p);
    const tsPart = ts === (p.docType || p.type) ? "" : `<br><span class="param-ts">${html(ts)}</span>`;
    return `<code>${docPart}</code>${tsPart}`;
  },
});

const required: Column = {
  header: "Required",
  cell: (p) => (p.required ? '<span class="param-required">required</span>' : "optional"),
};

const example: Column = {
  header: "Example",
  cell: (p) => (p.example ? `<code class="param-example">${html(p.example)}</code>` : ""),
  has: (p) => Boolean(p.example),
};

const limits: Column = {
  header: "Limits",
  cell: (p) => limitsOf(p).map(html).join("<br>"),
  has: (p) => limitsOf(p).length > 0,
};

const description: Column = { header: "Description", cell: (p) => htmlLines(p.description) };

/** TOP's own column order: request tables say what is required and limited, response tables do not. */
export function columnsFor(side: Side): Column[] {
  return side === "request"
    ? [name(), type(side), required, example, limits, description]
    : [name(), type(side), example, description];
}
