import type { ApiIr, IrParam } from "@topkit/sdk/ir";

/** The param at a dotted wire path (`request:req.data`, `response:result.items.id`), or undefined. */
export function paramAt(ir: ApiIr, path: string): IrParam | undefined {
  const [side, rest] = path.split(":") as ["request" | "response", string];
  let list: readonly IrParam[] = ir[side];
  let found: IrParam | undefined;
  for (const name of rest.split(".")) {
    found = list.find((p) => p.name === name);
    if (!found) return undefined;
    list = found.children;
  }
  return found;
}

/** `paramAt` that fails the test with the path when the param is missing. */
export function param(ir: ApiIr, path: string): IrParam {
  const p = paramAt(ir, path);
  if (!p) throw new Error(`${ir.method}: no param at ${path}`);
  return p;
}
