import type { ApiIr, IrParam } from "@topkit/sdk/ir";

/** The IR param at a wire path such as `request:cnsku.cnsku_extend_d_t_o.cnsku_sn_sample_d_t_o_list`. */
export function paramAt(ir: ApiIr, path: string): IrParam {
  const [side, rest = ""] = path.split(":") as ["request" | "response", string];
  let list = ir[side];
  let found: IrParam | undefined;
  for (const name of rest.split(".")) {
    found = list.find((p) => p.name === name);
    if (!found) throw new Error(`${ir.method}: no param ${path}`);
    list = found.children;
  }
  return found!;
}
