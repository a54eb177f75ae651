import { isIntegerText, scalarOfText } from "../ir/doc-values.js";
import type { IrParam, ParamType } from "../ir/schema.js";
import { listItemWireOf } from "../protocol/list-item-wire.js";
import { plainValue, RawNumber } from "../runtime/raw-number.js";
import { listOf, scalarText } from "../runtime/read-value.js";
import { setOwn } from "../runtime/set-own.js";

/** Response content as the gateway keeps it: JSON-ready values, lists in TOP's `{"item": [...]}` wrappers. */
export type Content = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/**
 * A scalar as the JSON body carries it by IR type: long -> bigint (written as bare digits), double ->
 * number, boolean -> boolean, everything else text. What does not convert is kept as it was.
 */
export function typedScalar(type: ParamType, v: unknown): unknown {
  const text = scalarText(v);
  if (text === undefined) return plainValue(v);
  const t = text.trim();
  // Any integer text, even beyond 64 bits: the gateway answers what it was given, the client refuses it.
  if (type === "long" && isIntegerText(t)) return BigInt(t);
  return (type === "double" || type === "boolean" ? scalarOfText(type, t) : undefined) ?? text;
}

/**
 * A list param's value in its wrapper under TOP's item name, whatever name the hand-written sample used
 * (a client reads items only from the member TOP would send).
 */
function typedList(p: IrParam, v: unknown): Content {
  const isItemKey = (key: string) => p.children.some((c) => c.name === key);
  const items = listOf(v, isItemKey).map((item) =>
    p.children.length > 0 && isObject(item)
      ? typedContent(p.children, item)
      : typedScalar(p.itemType ?? "string", item),
  );
  const out: Content = {};
  setOwn(out, listItemWireOf(p), items);
  return out;
}

/** One value of a sample, typed by its param. */
function typedValue(p: IrParam, v: unknown): unknown {
  if (p.type === "array") return typedList(p, v);
  if (p.type === "struct" && p.children.length > 0) return isObject(v) ? typedContent(p.children, v) : plainValue(v);
  return typedScalar(p.type, v);
}

/** A doc sample's content (JSON with RawNumbers, or XML text) typed by the IR's response params. */
export function typedContent(params: readonly IrParam[], source: Record<string, unknown>): Content {
  const out: Content = {};
  for (const [key, value] of Object.entries(source)) {
    const p = params.find((param) => param.name === key);
    setOwn(out, key, p ? typedValue(p, value) : plainValue(value));
  }
  return out;
}
