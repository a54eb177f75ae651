import type { IrParam } from "./schema.js";

/**
 * A struct class of one side of an API (`Req.Foo`): its name and the params that define it (the first full
 * definition met). One rule for codegen's declarations and the runtime that builds the classes (`defineApi`).
 */
export interface StructDef {
  name: string;
  params: IrParam[];
  /** Doc description of the first param typed with it, for the class's JSDoc. */
  description: string;
}

/** Every struct of one side, in doc order (depth-first), each once, defined by its first use with children. */
export function structsOf(params: readonly IrParam[]): StructDef[] {
  const defs = new Map<string, StructDef>();
  const visit = (list: readonly IrParam[]) => {
    for (const p of list) {
      if (p.structName && p.children.length > 0 && !defs.has(p.structName)) {
        defs.set(p.structName, { name: p.structName, params: p.children, description: p.description });
      }
      visit(p.children);
    }
  };
  visit(params);
  return [...defs.values()];
}
