import { type ClassKind, classMembers, type IrParam } from "@topkit/sdk/ir";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A tree keyed by wire names (as typed on the command line) re-keyed by the SDK's property names, the
 * object literal a generated request class takes: `{ req: { type, data } }` -> `new Req({ req: … })`.
 */
export function wireToInit(
  params: readonly IrParam[],
  tree: Record<string, unknown>,
  kind: ClassKind = "request",
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Property names as the generated class has them (a clash may have renamed one; see `classMembers`).
  const members = classMembers(params, kind);
  for (const [name, v] of Object.entries(tree)) {
    const member = members.find((m) => m.param.name === name);
    if (!member) continue;
    const p = member.param;
    let value = v;
    if (p.type === "struct" && isObject(v)) value = wireToInit(p.children, v, "struct");
    else if (p.type === "array" && p.itemType === "struct" && Array.isArray(v)) {
      value = v.map((x) => (isObject(x) ? wireToInit(p.children, x, "struct") : x));
    }
    out[member.property] = value;
  }
  return out;
}
