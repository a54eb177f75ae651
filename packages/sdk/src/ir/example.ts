import { isIntegerText } from "./doc-values.js";
import { type ClassKind, type ClassMember, classMembers } from "./members.js";
import type { ApiIr, IrParam } from "./schema.js";

/** A TS literal for a doc example of a scalar, or undefined when the example does not fit the type. */
export function exampleLiteral(p: IrParam): string | undefined {
  const ex = p.example?.trim();
  if (ex === undefined || ex === "") return undefined;
  const type = p.type === "array" ? "string" : p.type;
  switch (type) {
    case "long":
      if (!isIntegerText(ex)) return undefined;
      return Number.isSafeInteger(Number(ex)) ? String(Number(ex)) : `${ex}n`;
    case "double":
      return Number.isFinite(Number(ex)) ? String(Number(ex)) : undefined;
    case "boolean":
      return ex === "true" || ex === "false" ? ex : undefined;
    case "string":
    case "date":
    case "price":
    case "json":
      return JSON.stringify(p.example);
    default:
      return undefined;
  }
}

/**
 * Whether an example must set a param: its own doc says required, or it is a field of a struct class some
 * other use of which requires it (one class serves every param of its name and carries the first use's
 * rules, so aliexpress.logistics.createwarehouseorder's `receiver` must hold what `sender` requires).
 */
export type RequiredRule = (p: IrParam) => boolean;

/** The required rule of one request's params (see `RequiredRule`). */
export function requiredRule(params: readonly IrParam[]): RequiredRule {
  const requiredIn = new Map<string, Set<string>>();
  const structOf = new Map<IrParam, string>();
  const walk = (ps: readonly IrParam[]) => {
    for (const p of ps) {
      if (p.structName) {
        const names = requiredIn.get(p.structName) ?? new Set<string>();
        for (const c of p.children) {
          structOf.set(c, p.structName);
          if (c.required) names.add(c.name);
        }
        requiredIn.set(p.structName, names);
      }
      walk(p.children);
    }
  };
  walk(params);
  return (p) => p.required || requiredIn.get(structOf.get(p) ?? "")?.has(p.name) === true;
}

/**
 * A stand-in for a required scalar the doc gives no usable example for: of its type and inside its limits,
 * so the example passes `check()` and runs against the local gateway as shown. A reader replaces it.
 */
function sampleScalar(p: IrParam, type = p.type): unknown {
  const c = p.constraints;
  // At least 1 and the doc's minimum; capped by its maximum only when it has one.
  const low = Math.max(1, c.minValue ?? 1);
  const number = c.maxValue === undefined ? low : Math.min(low, c.maxValue);
  switch (type) {
    case "long":
    case "double":
      return number;
    case "boolean":
      return true;
    case "date":
      return "2026-01-02 03:04:05";
    case "price":
      return "1.00";
    case "json":
      return "{}";
    case "map":
      return { k: "v" };
    case "array":
      // A list of scalars as the comma-joined text the wire carries: one item of the item type.
      return p.itemType === "json" ? ["{}"] : String(sampleScalar(p, p.itemType ?? "string"));
    default: {
      // Text reads as what to put there (`req.setFields("<fields>")`), unless that breaks the length limit.
      const text = `<${p.name}>`;
      return c.maxLength === undefined || text.length <= c.maxLength ? text : "1";
    }
  }
}

/** A param the example builds as a struct class: a struct, or a list of structs (one item). */
const isStruct = (p: IrParam): boolean => p.structName !== undefined && (p.type === "struct" || p.type === "array");

/** A scalar's example value (long as bigint beyond 2^53): the doc's when usable, else a stand-in if required. */
function scalarValue(p: IrParam, required: RequiredRule): unknown {
  const lit = exampleLiteral(p);
  if (lit === undefined) return required(p) ? sampleScalar(p) : undefined;
  if (lit.endsWith("n")) return BigInt(lit.slice(0, -1));
  return JSON.parse(lit) as unknown;
}

/** One param an example sets, with the class member that holds it. */
export interface ExampleEntry {
  readonly param: IrParam;
  readonly member: ClassMember;
  /** A scalar's value (long as bigint beyond 2^53); undefined for a struct or a file. */
  readonly value?: unknown;
  /** A struct's entries (a list of structs: its one item's); undefined for a scalar or a file. */
  readonly members?: readonly ExampleEntry[];
}

/**
 * The one walk choosing a request's (or struct's) example values, which every form of the example reads
 * (`tsExample`, `exampleInit`, `wireExampleTree`, the call lines): a scalar with a usable doc example, or
 * required (then a typed stand-in, see `sampleScalar`); a struct with any member other than a file set, or
 * required; and every file, which each form shows its own way (a value cannot hold one).
 */
export function exampleEntries(
  params: readonly IrParam[],
  kind: ClassKind,
  required: RequiredRule = requiredRule(params),
): ExampleEntry[] {
  const entries: ExampleEntry[] = [];
  for (const member of classMembers(params, kind)) {
    const p = member.param;
    if (isStruct(p)) {
      const members = exampleEntries(p.children, "struct", required);
      if (members.some((e) => e.param.type !== "file") || required(p)) entries.push({ param: p, member, members });
    } else if (p.type === "file") {
      entries.push({ param: p, member });
    } else {
      const value = scalarValue(p, required);
      if (value !== undefined) entries.push({ param: p, member, value });
    }
  }
  return entries;
}

/** Entries as one value tree keyed by `key` (files left out): a struct as an object, a list of structs as `[item]`. */
function valueTree(entries: readonly ExampleEntry[], key: (e: ExampleEntry) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of entries) {
    if (e.members) {
      const inner = valueTree(e.members, key);
      out[key(e)] = e.param.type === "array" ? [inner] : inner;
    } else if (e.param.type !== "file") out[key(e)] = e.value;
  }
  return out;
}

/** A value as TypeScript source: JSON, with a bigint as its literal. */
const tsLiteral = (value: unknown): string => (typeof value === "bigint" ? `${value}n` : JSON.stringify(value));

interface Emitter {
  lines: string[];
  next: number;
  requestClass: string;
}

/** `setFoo(<example>)` calls for the entries (the statements building a struct value go to `out` first). */
function setterCalls(entries: readonly ExampleEntry[], kind: ClassKind, out: Emitter): string[] {
  const calls: string[] = [];
  for (const { param: p, member, value, members } of entries) {
    if (members) {
      // Members first, so a struct's own structs are built (and numbered) before it, as in the Java sample.
      const sets = setterCalls(members, "struct", out);
      const name = `obj${out.next++}`;
      out.lines.push(`const ${name} = new ${out.requestClass}.${p.structName}();`);
      for (const call of sets) out.lines.push(`${name}.${call};`);
      calls.push(`${member.setter}(${p.type === "array" ? `[${name}]` : name})`);
    } else if (p.type === "file") {
      // Files go as multipart parts of their own; one inside a struct would have to travel in the struct's
      // JSON, which cannot hold it (only taobao.picture.qnaigc.upload has one, optional), so it is left out.
      if (kind !== "struct") calls.push(`${member.setter}(FileItem.fromPath("./file.jpg"))`);
    } else calls.push(`${member.setter}(${tsLiteral(value)})`);
  }
  return calls;
}

export interface TsExampleOptions {
  /** Package to import from (the API's class from its `/apis/<method>` subpath); default `@topkit/sdk`. */
  from?: string;
  /** Include the import and client lines (a whole program) rather than just the request code. */
  program?: boolean;
}

/**
 * TypeScript that builds this API's request from the doc's example values (a typed stand-in for a required
 * param without one), in the shape of the doc's
 * own Java sample (`const obj1 = new XRequest.Foo(); obj1.setType(1); req.setReq(obj1);`), then calls it.
 * The codegen puts it in each class's JSDoc; the docs site shows it (and type-checks it).
 */
export function tsExample(ir: ApiIr, options: TsExampleOptions = {}): string {
  const requestClass = ir.javaNames.request;
  const out: Emitter = { lines: [], next: 1, requestClass };
  const body: string[] = [];
  const calls = setterCalls(exampleEntries(ir.request, "request"), "request", out);
  body.push(`const req = new ${requestClass}();`, ...out.lines);
  for (const call of calls) body.push(`req.${call};`);
  body.push(`const rsp = await client.execute(req${ir.needsSession ? ", sessionKey" : ""});`);
  body.push("console.log(rsp.getBody());");
  if (!options.program) return body.join("\n");
  const usesFile = body.some((l) => l.includes("FileItem."));
  const root = options.from ?? "@topkit/sdk";
  const imports = ["DefaultTaobaoClient", ...(usesFile ? ["FileItem"] : [])].join(", ");
  return [
    `import { ${imports} } from "${root}";`,
    // Each API is its own module: the root export loads none of the 5,313.
    `import { ${requestClass} } from "${root}/apis/${ir.method}";`,
    "",
    "const client = new DefaultTaobaoClient(url, appKey, appSecret);",
    ...body,
  ].join("\n");
}

/**
 * An object literal for a request (or struct) built from the doc's example values, keyed by property name:
 * what `new XRequest(exampleInit(ir.request))` needs. A required param without a usable example gets a
 * stand-in of its type within its limits; other params without one are left out, and so are files.
 * `required` defaults to the rule of `params` alone: pass the whole request's (`requiredRule(ir.request)`)
 * when `params` are a struct's.
 */
export function exampleInit(
  params: readonly IrParam[],
  kind: ClassKind = "request",
  required: RequiredRule = requiredRule(params),
): Record<string, unknown> {
  return valueTree(exampleEntries(params, kind, required), (e) => e.member.property);
}

/**
 * The doc's example values as a tree keyed by wire names (what a struct's JSON holds), 64-bit values beyond
 * 2^53 as bigint; a required param without a usable example gets `exampleInit`'s stand-in, other params
 * without one are left out, and so are files.
 */
export function wireExampleTree(
  params: readonly IrParam[],
  required: RequiredRule = requiredRule(params),
): Record<string, unknown> {
  return valueTree(exampleEntries(params, "struct", required), (e) => e.param.name);
}
