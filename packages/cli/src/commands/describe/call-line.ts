import { type ApiIr, exampleLiteral, type IrParam } from "@topkit/sdk/ir";
import { shellQuote } from "../../io/shell-quote.js";
import { printable } from "../../output/sanitize.js";

/** `--set` words for these params: the doc's example where it fits the type, a `<Type>` placeholder where required. */
function setWords(params: readonly IrParam[], prefix: string): string[] {
  return params.flatMap((p) => {
    const path = prefix + p.name;
    if (p.children.length > 0 && p.type === "struct") return setWords(p.children, `${path}.`);
    if (p.children.length > 0 && p.type === "array") return setWords(p.children, `${path}[0].`);
    if (p.type === "file") return p.required ? [`--set ${shellQuote(`${path}=@./file`)}`] : [];
    // exampleLiteral is the SDK's own test of whether a doc example fits the param's type.
    if (p.example !== undefined && exampleLiteral(p) !== undefined) {
      return [`--set ${shellQuote(`${path}=${printable(p.example)}`)}`];
    }
    return p.required ? [`--set ${shellQuote(`${path}=<${p.docType}>`)}`] : [];
  });
}

/** A ready-to-edit `topkit call` line built from the doc's examples, one flag per line. */
export function exampleCallLine(ir: ApiIr): string {
  const words = [`topkit call ${ir.method}`, ...setWords(ir.request, "")];
  if (ir.needsSession) words.push("--session <session>");
  return words.join(" \\\n    ");
}
