import type { IrParam } from "../ir/schema.js";
import { listItemWireOf } from "../protocol/list-item-wire.js";
import { setOwn } from "../runtime/set-own.js";
import { type Content, typedScalar } from "./typed-content.js";

/** One response param's value from the doc's examples, or undefined when the doc gives none. */
function exampleValue(p: IrParam): unknown {
  if (p.children.length > 0) {
    const inner = exampleContent(p.children);
    if (Object.keys(inner).length === 0) return undefined;
    return p.type === "array" ? { [listItemWireOf(p)]: [inner] } : inner;
  }
  if (p.example === undefined) return undefined;
  if (p.type !== "array") return typedScalar(p.type, p.example);
  const items = p.example.split(",").map((item) => typedScalar(p.itemType ?? "string", item.trim()));
  return { [listItemWireOf(p)]: items };
}

/** Response content built from the IR's example values, for a doc without response samples. */
export function exampleContent(params: readonly IrParam[]): Content {
  const out: Content = {};
  for (const p of params) {
    const value = exampleValue(p);
    if (value !== undefined) setOwn(out, p.name, value);
  }
  return out;
}
