import { upperFirst } from "@topkit/sdk/ir";

// The Java SDK's names, as codegen gives them to classes, fields and structs: one file, so the rules that
// build on each other (identifier repair, reserved words, field, struct and class names) read top-down.
// See docs/architecture.md "Names".

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/**
 * Joins the pieces of `text` left between characters that cannot be in an identifier, capitalising
 * every piece after the first, and prefixes `_` before a leading digit: `2013-07-01` -> `_20130701`,
 * `m-kvstore` -> `mKvstore`. Deterministic, so the same doc always gives the same name.
 */
export function toIdentifier(text: string): string {
  const pieces = text.split(/[^A-Za-z0-9_$]+/).filter((p) => p !== "");
  const joined = pieces.map((p, i) => (i === 0 ? p : upperFirst(p))).join("");
  if (joined === "") return "_";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/**
 * Words that cannot name a class: JavaScript reserved words, strict-mode and TypeScript contextual
 * keywords that are errors as class names, and TypeScript's predefined type names (`class any` is an
 * error). All lower-case, so a capitalised class name never hits one.
 */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await " +
    "any unknown never object symbol bigint number boolean string undefined"
  ).split(" "),
);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}

/**
 * The Java SDK's field name for a wire name: split on `_` and `.`, keep the first part, capitalise the
 * first letter of each later part, change nothing else (`is_3D` -> `is3D`, `mail_n_o` -> `mailNO`,
 * `location.city` -> `locationCity`, `callbackUrl` unchanged). Empty parts from leading or doubled
 * separators are skipped (`_t` -> `t`); anything still not an identifier goes through `toIdentifier`.
 */
export function fieldName(wire: string): string {
  const parts = wire.split(/[_.]/).filter((p) => p !== "");
  const joined = parts.map((p, i) => (i === 0 ? p : upperFirst(p))).join("");
  if (isIdentifier(joined)) return joined;
  return toIdentifier(joined === "" ? wire : joined);
}

/** `order_info` -> `OrderInfo`: a param's name as a class-name prefix (struct rename rule). */
export function pascalName(wire: string): string {
  return upperFirst(fieldName(wire));
}

/**
 * The struct class name the doc's type column gives: `Foo []` -> `Foo` (spaces and `[]` removed,
 * the name otherwise unchanged, as the Java SDK's inner classes are named). A name that cannot be a TS
 * class name (`default`, `any`, `Foo-Bar`) is made one: `Default`, `Any`, `FooBar`.
 */
export function structNameOf(docType: string): string {
  const bare = docType.replace(/\s+/g, "").replace(/(\[\])+$/, "");
  return isIdentifier(bare) && !isReservedWord(bare) ? bare : upperFirst(toIdentifier(bare));
}

/** Method segments as the Java SDK splits them: on `.` and `_`, with a leading `taobao` dropped. */
function methodSegments(method: string): string[] {
  const segments = method.split(/[._]/).filter((s) => s !== "");
  return segments[0] === "taobao" ? segments.slice(1) : segments;
}

/**
 * The Java SDK's class stem for a method: each segment's first letter capitalised, the rest unchanged
 * (`taobao.vas.service.getServTimes` -> `VasServiceGetServTimes`). A method that yields no identifier
 * (`account.aliyuncs.com.GetPubKey.2013-07-01`) is made one by `toIdentifier`.
 */
export function classStem(method: string): string {
  const stem = methodSegments(method).map(upperFirst).join("");
  return isIdentifier(stem) ? stem : upperFirst(toIdentifier(stem));
}

export function requestClassName(method: string): string {
  return `${classStem(method)}Request`;
}

export function responseClassName(method: string): string {
  return `${classStem(method)}Response`;
}

/** `taobao.trade.fullinfo.get` -> `trade_fullinfo_get_response`: the SDK's rule, which its client checks answers by. */
export { responseKey } from "@topkit/sdk/ir";

/** True when the method name itself needed repair to give a class name (listed by the catalogue test). */
export function isRepairedMethodName(method: string): boolean {
  return !isIdentifier(methodSegments(method).map(upperFirst).join(""));
}
