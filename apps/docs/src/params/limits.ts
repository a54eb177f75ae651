import { type IrParam, limitPhrases } from "@topkit/sdk/ir";

/** The "limits" cell: the doc's limits in the SDK's words (as check() errors say them), then the default. */
export function limitsOf(p: IrParam): string[] {
  const out = limitPhrases(p.constraints, p.type);
  if (p.default !== undefined && p.default !== "") out.push(`default ${p.default}`);
  return out;
}
