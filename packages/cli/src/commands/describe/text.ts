import type { Context } from "../../io/context.js";
import { oneLine, printable } from "../../output/sanitize.js";
import { padEnd, textWidth, truncate } from "../../output/text-width.js";
import type { Description } from "./description.js";
import type { ParamRow } from "./param-rows.js";

const EXAMPLE_WIDTH = 40;

/** A param tree as aligned lines: indented path, doc type, required, limits, description, example. */
function treeLines(ctx: Context, rows: readonly ParamRow[], withRequired: boolean): string[] {
  const s = ctx.outStyle;
  const required = ctx.t({ en: "required", zh: "必填" });
  const example = ctx.t({ en: "example", zh: "示例" });
  const paths = rows.map((r) => `${"  ".repeat(r.depth)}${r.path}`);
  const types = rows.map((r) => oneLine(r.type));
  const pathWidth = Math.max(...paths.map(textWidth));
  const typeWidth = Math.max(...types.map(textWidth));
  return rows.map((r, i) => {
    const cells = [s.bold(padEnd(paths[i]!, pathWidth)), s.cyan(padEnd(types[i]!, typeWidth))];
    if (withRequired)
      cells.push(r.required ? s.yellow(padEnd(required, textWidth(required))) : " ".repeat(textWidth(required)));
    const tail = [oneLine(r.description)];
    if (r.limits) tail.push(`(${r.limits})`);
    if (r.example !== undefined) tail.push(s.dim(`${example}: ${truncate(oneLine(r.example), EXAMPLE_WIDTH)}`));
    if (r.default !== undefined) tail.push(s.dim(`default: ${oneLine(r.default)}`));
    return `  ${cells.join("  ")}  ${tail.join("  ")}`.trimEnd();
  });
}

/** `topkit describe` for a reader at a terminal. Doc text is made printable (it is untrusted). */
export function descriptionText(ctx: Context, d: Description, withTypescript: boolean): string {
  const s = ctx.outStyle;
  const head = [
    d.title,
    d.category,
    d.needsSession ? ctx.t({ en: "needs a user session", zh: "需要用户授权" }) : undefined,
  ]
    .filter((x) => x)
    .map((x) => oneLine(x!));
  const out = [s.bold(d.method), head.join(" · ")];
  if (d.url) out.push(s.dim(d.url));
  if (d.description && d.description !== d.title) out.push("", printable(d.description));
  const none = ctx.t({ en: "  (none)", zh: "  （无）" });
  out.push("", s.bold(ctx.t({ en: "Request params", zh: "请求参数" })));
  out.push(...(d.request.length ? treeLines(ctx, d.request, true) : [none]));
  out.push("", s.bold(ctx.t({ en: "Response", zh: "响应参数" })));
  out.push(...(d.response.length ? treeLines(ctx, d.response, false) : [none]));
  if (d.errorCodes.length) {
    out.push("", s.bold(ctx.t({ en: "Error codes", zh: "错误码" })));
    for (const e of d.errorCodes)
      out.push(`  ${oneLine(e.code)}  ${oneLine(e.message)}${e.solution ? `  ${s.dim(oneLine(e.solution))}` : ""}`);
  }
  // Doc examples are untrusted text: made printable line by line, indented under the heading.
  out.push(
    "",
    s.bold(ctx.t({ en: "Example", zh: "调用示例" })),
    ...d.example.split("\n").map((l) => `  ${printable(l)}`),
  );
  if (withTypescript)
    out.push("", s.bold("TypeScript (@topkit/sdk)"), ...d.typescript.split("\n").map((l) => `  ${printable(l)}`));
  return `${out.join("\n")}\n`;
}
