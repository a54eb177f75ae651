import { formatPlainNumber, losslessStringify } from "@topkit/sdk";
import { exampleInit, type IrParam } from "@topkit/sdk/ir";

/** A param's example value keyed like the wire (structs nested by wire name), or undefined without one. */
function exampleValue(p: IrParam): unknown {
  if (p.structName && (p.type === "struct" || p.type === "array")) {
    const inner = wireExampleTree(p.children);
    if (Object.keys(inner).length === 0) return undefined;
    return p.type === "array" ? [inner] : inner;
  }
  if (p.type === "file") return undefined;
  // One param, so the one value (keyed by its property name, which a clash may have changed).
  return Object.values(exampleInit([p]))[0];
}

/**
 * The doc's example values as a tree keyed by wire names (what a struct's JSON holds), 64-bit values
 * beyond 2^53 as bigint; params without a usable example are left out.
 */
export function wireExampleTree(params: readonly IrParam[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of params) {
    const value = exampleValue(p);
    if (value !== undefined) out[p.name] = value;
  }
  return out;
}

/** A value as one text param: structs as compact JSON with exact digits, numbers without exponent. */
export function paramText(value: unknown): string {
  if (typeof value === "object" && value !== null) return losslessStringify(value);
  if (typeof value === "number") return formatPlainNumber(value);
  return String(value);
}

/** The request's business params as sent for the doc's example values: wire name -> text. */
export function wireExampleParams(params: readonly IrParam[]): Record<string, string> {
  return Object.fromEntries(Object.entries(wireExampleTree(params)).map(([name, v]) => [name, paramText(v)]));
}
