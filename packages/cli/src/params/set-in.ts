import { usageError } from "../cli-error.js";
import { pathText, type Segment } from "./segments.js";

type Node = Record<string, unknown> | unknown[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Sets one member; defineProperty, so that a name like `__proto__` stays data. */
function put(node: Node, segment: Segment, value: unknown, at: readonly Segment[]): void {
  if (typeof segment === "number") {
    const list = node as unknown[];
    if (segment > list.length) {
      throw usageError(
        `${pathText([...at, segment])}: lists cannot have gaps`,
        `set ${pathText([...at, list.length])} first`,
      );
    }
    list[segment] = value;
    return;
  }
  Object.defineProperty(node, segment, { value, enumerable: true, writable: true, configurable: true });
}

/** Sets `value` at `segments` in a tree of params, creating objects and lists on the way. */
export function setIn(tree: Record<string, unknown>, segments: readonly Segment[], value: unknown): void {
  let node: Node = tree;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    const wantsList = typeof segments[i + 1] === "number";
    // Own members only: `__proto__` read through the prototype chain would be Object.prototype itself.
    let child = Object.hasOwn(node, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (child === undefined) {
      child = wantsList ? [] : {};
      put(node, segment, child, segments.slice(0, i));
    } else if (wantsList ? !Array.isArray(child) : !isObject(child)) {
      throw usageError(
        `${pathText(segments)}: ${pathText(segments.slice(0, i + 1))} already holds a value that is not ${wantsList ? "a list" : "an object"}`,
      );
    }
    node = child as Node;
  }
  put(node, segments[segments.length - 1]!, value, segments.slice(0, -1));
}
