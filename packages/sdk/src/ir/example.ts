import { isIntegerText } from "./doc-values.js";
import { type ClassKind, classMembers } from "./members.js";
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

interface Emitter {
  lines: string[];
  next: number;
  requestClass: string;
  required: RequiredRule;
}

/** Statements that build a struct value from its children's examples; returns its variable, if any. */
function structValue(p: IrParam, out: Emitter): string | undefined {
  const sets = setterCalls(p.children, "struct", out);
  if (sets.length === 0 && !out.required(p)) return undefined;
  const name = `obj${out.next++}`;
  out.lines.push(`const ${name} = new ${out.requestClass}.${p.structName}();`);
  for (const call of sets) out.lines.push(`${name}.${call};`);
  return name;
}

/** `setFoo(<example>)` calls for the params that have a usable example or are required (structs built first). */
function setterCalls(params: readonly IrParam[], kind: ClassKind, out: Emitter): string[] {
  const calls: string[] = [];
  // The setters the generated class really has: a name clash gives one a `_` (see `classMembers`).
  for (const { param: p, setter } of classMembers(params, kind)) {
    if (p.structName && (p.type === "struct" || p.type === "array")) {
      const v = structValue(p, out);
      if (v) calls.push(`${setter}(${p.type === "array" ? `[${v}]` : v})`);
    } else if (p.type === "file") {
      // Files go as multipart parts of their own; one inside a struct would have to travel in the struct's
      // JSON, which cannot hold it (only taobao.picture.qnaigc.upload has one, optional), so it is left out.
      if (kind !== "struct") calls.push(`${setter}(FileItem.fromPath("./file.jpg"))`);
    } else {
      const lit = exampleLiteral(p) ?? (out.required(p) ? JSON.stringify(sampleScalar(p)) : undefined);
      if (lit !== undefined) calls.push(`${setter}(${lit})`);
    }
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
  const out: Emitter = { lines: [], next: 1, requestClass, required: requiredRule(ir.request) };
  const body: string[] = [];
  const calls = setterCalls(ir.request, "request", out);
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

/** A doc example as a value of the param's type (long as bigint when beyond 2^53), or undefined. */
function exampleValue(p: IrParam, required: RequiredRule): unknown {
  if (p.structName && (p.type === "struct" || p.type === "array")) {
    const inner = exampleInit(p.children, "struct", required);
    if (Object.keys(inner).length === 0 && !required(p)) return undefined;
    return p.type === "array" ? [inner] : inner;
  }
  const lit = exampleLiteral(p);
  if (lit === undefined) return required(p) ? sampleScalar(p) : undefined;
  if (lit.endsWith("n")) return BigInt(lit.slice(0, -1));
  return JSON.parse(lit) as unknown;
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
  const out: Record<string, unknown> = {};
  for (const { param: p, property } of classMembers(params, kind)) {
    if (p.type === "file") continue;
    const value = exampleValue(p, required);
    if (value !== undefined) out[property] = value;
  }
  return out;
}
