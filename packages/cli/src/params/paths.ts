import { formatIssuePath, type IrParam } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";

// Param paths as `--set` takes them (`req.items[0].sku_id=1`): split a pair, split or resolve the path against
// the API's params, and set the value into the tree of params the call sends.

/** `path=value` from a `--set`, split at the first `=` (values may hold more). */
export function splitSetPair(pair: string): { path: string; raw: string } {
  const eq = pair.indexOf("=");
  if (eq <= 0) {
    throw usageError(`--set "${pair}": expected path=value`, "e.g. --set req.type=1 --set req.data=@data.json");
  }
  return { path: pair.slice(0, eq).trim(), raw: pair.slice(eq + 1) };
}

/** A step in a param path: a member name or a list index. */
export type Segment = string | number;

/** A path as users write it (`req.items[0].sku_id`): the SDK's spelling, as in its `ApiRuleError.param`. */
export const pathText = (segments: readonly Segment[]): string => formatIssuePath(segments);

/**
 * Splits a path by dots and `[n]` without knowing the API (for methods the SDK does not ship):
 * `a.b[0].c` -> ["a", "b", 0, "c"].
 */
export function splitPath(path: string): Segment[] {
  const whole = /^([^.[\]]+)((?:\.[^.[\]]+|\[\d+\])*)$/.exec(path);
  if (!whole) {
    throw usageError(
      `"${path}" is not a param path`,
      "write names joined by dots, with [n] for list elements: a.b[0].c",
    );
  }
  const segments: Segment[] = [whole[1]!];
  for (const m of whole[2]!.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  return segments;
}

/** A `--set` path matched against the API's params. */
export interface ResolvedPath {
  readonly segments: readonly Segment[];
  /** The param the path ends at. */
  readonly param: IrParam;
  /** True when the path ends at an element of the param's list (`items[0]`), not the param itself. */
  readonly item: boolean;
}

const isStructList = (p: IrParam) => p.type === "array" && p.itemType === "struct";

/** The longest param name that `rest` starts with, followed by the end, a dot or a `[`. */
function matchName(params: readonly IrParam[], rest: string): IrParam | undefined {
  let best: IrParam | undefined;
  for (const p of params) {
    const n = p.name;
    const fits = rest === n || rest.startsWith(`${n}.`) || rest.startsWith(`${n}[`);
    if (fits && (!best || n.length > best.name.length)) best = p;
  }
  return best;
}

function unknownParam(path: string, at: string, params: readonly IrParam[]): Error {
  const prefix = at === "" ? "" : `${at}.`;
  const known = params.map((p) => prefix + p.name).join(", ") || "(none)";
  return usageError(`unknown param "${path}"`, `known here: ${known}; see \`topkit describe <method>\``);
}

/**
 * Matches a wire path (`req.data`, `items[2].sku_id`) against the API's params. Names are matched
 * whole and longest first, because a wire name may itself hold a dot (`location.city`).
 */
export function resolvePath(params: readonly IrParam[], path: string): ResolvedPath {
  const segments: Segment[] = [];
  let list = params;
  let rest = path;
  let at = "";
  for (;;) {
    const param = matchName(list, rest);
    if (!param) throw unknownParam(path, at, list);
    segments.push(param.name);
    at += (at === "" ? "" : ".") + param.name;
    rest = rest.slice(param.name.length);
    let item = false;
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      if (param.type !== "array") throw usageError(`"${path}": ${at} is a ${param.docType}, not a list`);
      segments.push(Number(index[1]));
      at += index[0];
      rest = rest.slice(index[0].length);
      item = true;
    }
    if (rest === "") return { segments, param, item };
    const isStruct = item ? param.itemType === "struct" : param.type === "struct";
    if (!rest.startsWith(".") || !isStruct) {
      const hint = isStructList(param) && !item ? `address one element: ${at}[0]${rest}` : undefined;
      throw usageError(`"${path}": ${at} is a ${param.docType}, it has no member "${rest.replace(/^\./, "")}"`, hint);
    }
    rest = rest.slice(1);
    list = param.children;
  }
}

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
