import type { IrParam } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";
import type { Segment } from "./segments.js";

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
