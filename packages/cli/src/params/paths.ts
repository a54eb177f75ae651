import type { FieldSpec } from "@topkit/sdk";
import { formatIssuePath } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";

// Param paths as `--set` takes them (`req.items[0].sku_id=1`): split a pair, split or resolve the path against
// the fields of the API's generated request class (its `$fields`, nested structs' by their classes), and set
// the value into the tree the request is built from.

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

/** The fields of a struct field's class (of its items' for a list of structs); none for any other field. */
export const membersOf = (spec: FieldSpec): readonly FieldSpec[] => spec.struct?.().$fields ?? [];

/** A field's type as messages name it: a struct by its class (`Req`), a list as `Item[]`, scalars by type. */
export function typeName(spec: FieldSpec, item = false): string {
  const type = item ? (spec.item ?? "unknown") : spec.type;
  if (type === "struct") return spec.struct?.().name ?? type;
  return type === "array" ? `${typeName(spec, true)}[]` : type;
}

/** A `--set` path matched against the API's fields. */
export interface ResolvedPath {
  /** The path by wire names, as written (messages name these). */
  readonly segments: readonly Segment[];
  /** The same path by the classes' property names: where the value goes in the request's init tree. */
  readonly keys: readonly Segment[];
  /** The field the path ends at. */
  readonly spec: FieldSpec;
  /** True when the path ends at an element of the field's list (`items[0]`), not the field itself. */
  readonly item: boolean;
}

/** The longest wire name that `rest` starts with, followed by the end, a dot or a `[`. */
function matchName(fields: readonly FieldSpec[], rest: string): FieldSpec | undefined {
  let best: FieldSpec | undefined;
  for (const f of fields) {
    const n = f.name;
    const fits = rest === n || rest.startsWith(`${n}.`) || rest.startsWith(`${n}[`);
    if (fits && (!best || n.length > best.name.length)) best = f;
  }
  return best;
}

function unknownParam(path: string, at: string, fields: readonly FieldSpec[]): Error {
  const prefix = at === "" ? "" : `${at}.`;
  const known = fields.map((f) => prefix + f.name).join(", ") || "(none)";
  return usageError(`unknown param "${path}"`, `known here: ${known}; see \`topkit describe <method>\``);
}

/**
 * Matches a wire path (`req.data`, `items[2].sku_id`) against the request class's fields. Names are matched
 * whole and longest first, because a wire name may itself hold a dot (`location.city`).
 */
export function resolvePath(fields: readonly FieldSpec[], path: string): ResolvedPath {
  const segments: Segment[] = [];
  const keys: Segment[] = [];
  let list = fields;
  let rest = path;
  let at = "";
  for (;;) {
    const spec = matchName(list, rest);
    if (!spec) throw unknownParam(path, at, list);
    segments.push(spec.name);
    keys.push(spec.field);
    at += (at === "" ? "" : ".") + spec.name;
    rest = rest.slice(spec.name.length);
    let item = false;
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      if (spec.type !== "array") throw usageError(`"${path}": ${at} is a ${typeName(spec)}, not a list`);
      segments.push(Number(index[1]));
      keys.push(Number(index[1]));
      at += index[0];
      rest = rest.slice(index[0].length);
      item = true;
    }
    if (rest === "") return { segments, keys, spec, item };
    const isStruct = (item ? spec.item : spec.type) === "struct";
    if (!rest.startsWith(".") || !isStruct) {
      const isStructList = spec.type === "array" && spec.item === "struct";
      const hint = isStructList && !item ? `address one element: ${at}[0]${rest}` : undefined;
      throw usageError(
        `"${path}": ${at} is a ${typeName(spec, item)}, it has no member "${rest.replace(/^\./, "")}"`,
        hint,
      );
    }
    rest = rest.slice(1);
    list = membersOf(spec);
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

/**
 * Sets `value` at `keys` in a tree of params, creating objects and lists on the way; messages name the place
 * by `segments` (the path as written, when the keys are property names).
 */
export function setIn(
  tree: Record<string, unknown>,
  keys: readonly Segment[],
  value: unknown,
  segments: readonly Segment[] = keys,
): void {
  let node: Node = tree;
  for (let i = 0; i < keys.length - 1; i++) {
    const segment = keys[i]!;
    const wantsList = typeof keys[i + 1] === "number";
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
  put(node, keys[keys.length - 1]!, value, segments.slice(0, -1));
}
