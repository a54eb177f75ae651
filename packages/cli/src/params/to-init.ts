import type { IrParam } from "@topkit/sdk/ir";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A tree keyed by wire names (as typed on the command line) re-keyed by the SDK's field names, the
 * object literal a generated request class takes: `{ req: { type, data } }` -> `new Req({ req: … })`.
 */
export function wireToInit(params: readonly IrParam[], tree: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(tree)) {
    const p = params.find((x) => x.name === name);
    if (!p) continue;
    let value = v;
    if (p.type === "struct" && isObject(v)) value = wireToInit(p.children, v);
    else if (p.type === "array" && p.itemType === "struct" && Array.isArray(v)) {
      value = v.map((x) => (isObject(x) ? wireToInit(p.children, x) : x));
    }
    out[p.field] = value;
  }
  return out;
}
