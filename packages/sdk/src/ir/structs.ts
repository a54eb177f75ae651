import type { IrParam } from "./schema.js";

/**
 * A struct class of one side of an API (`Req.Foo`): its name and the params that define it (the first full
 * definition met). One rule for codegen's declarations and the runtime that builds the classes (`defineApi`).
 */
export interface StructDef<P = IrParam> {
  name: string;
  params: P[];
  /** Doc description of the first param typed with it, for the class's JSDoc ("" where the IR has none). */
  description: string;
}

/** What `structsOf` reads of a param: full IR params, or the compact ones the runtime loads (`compact.ts`). */
interface StructLink<P> {
  structName?: string | undefined;
  description?: string | undefined;
  children?: P[] | undefined;
}

/**
 * Every struct of one side, in doc order (depth-first), each once, defined by its first use with children.
 * Works on compact params as they are (no key filled in), so the runtime can find a side's classes without
 * expanding every param of it first.
 */
export function structsOf<P extends StructLink<P> = IrParam>(params: readonly P[]): StructDef<P>[] {
  const defs = new Map<string, StructDef<P>>();
  const visit = (list: readonly P[]) => {
    for (const p of list) {
      const children = p.children ?? [];
      if (p.structName && children.length > 0 && !defs.has(p.structName)) {
        defs.set(p.structName, { name: p.structName, params: children, description: p.description ?? "" });
      }
      visit(children);
    }
  };
  visit(params);
  return [...defs.values()];
}
