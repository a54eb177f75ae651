import type { IrParam } from "@topkit/sdk/ir";

/** The "limits" cell: length, list size, range and default, as short phrases. */
export function limitsOf(p: IrParam): string[] {
  const c = p.constraints;
  const out: string[] = [];
  if (c.maxLength !== undefined) out.push(`max length ${c.maxLength}`);
  if (c.maxListSize !== undefined) out.push(`max ${c.maxListSize} items`);
  if (c.minValue !== undefined && c.maxValue !== undefined) out.push(`${c.minValue} … ${c.maxValue}`);
  else if (c.minValue !== undefined) out.push(`≥ ${c.minValue}`);
  else if (c.maxValue !== undefined) out.push(`≤ ${c.maxValue}`);
  if (p.default !== undefined && p.default !== "") out.push(`default ${p.default}`);
  return out;
}
