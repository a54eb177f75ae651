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

interface Emitter {
  lines: string[];
  next: number;
  requestClass: string;
}

/** Statements that build a struct value from its children's examples; returns its variable, if any. */
function structValue(p: IrParam, out: Emitter): string | undefined {
  const sets = setterCalls(p.children, "struct", out);
  if (sets.length === 0) return undefined;
  const name = `obj${out.next++}`;
  out.lines.push(`const ${name} = new ${out.requestClass}.${p.structName}();`);
  for (const call of sets) out.lines.push(`${name}.${call};`);
  return name;
}

/** `setFoo(<example>)` calls for the params that have a usable example (structs built first). */
function setterCalls(params: readonly IrParam[], kind: ClassKind, out: Emitter): string[] {
  const calls: string[] = [];
  // The setters the generated class really has: a name clash gives one a `_` (see `classMembers`).
  for (const { param: p, setter } of classMembers(params, kind)) {
    if (p.structName && (p.type === "struct" || p.type === "array")) {
      const v = structValue(p, out);
      if (v) calls.push(`${setter}(${p.type === "array" ? `[${v}]` : v})`);
    } else if (p.type === "file") {
      calls.push(`${setter}(FileItem.fromPath("./file.jpg"))`);
    } else {
      const lit = exampleLiteral(p);
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
 * TypeScript that builds this API's request from the doc's example values, in the shape of the doc's
 * own Java sample (`const obj1 = new XRequest.Foo(); obj1.setType(1); req.setReq(obj1);`), then calls it.
 * The codegen puts it in each class's JSDoc; the docs site shows it (and type-checks it).
 */
export function tsExample(ir: ApiIr, options: TsExampleOptions = {}): string {
  const requestClass = ir.javaNames.request;
  const out: Emitter = { lines: [], next: 1, requestClass };
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
function exampleValue(p: IrParam): unknown {
  if (p.structName && (p.type === "struct" || p.type === "array")) {
    const inner = exampleInit(p.children, "struct");
    if (Object.keys(inner).length === 0) return undefined;
    return p.type === "array" ? [inner] : inner;
  }
  const lit = exampleLiteral(p);
  if (lit === undefined) return undefined;
  if (lit.endsWith("n")) return BigInt(lit.slice(0, -1));
  return JSON.parse(lit) as unknown;
}

/**
 * An object literal for a request (or struct) built from the doc's example values, keyed by property name:
 * what `new XRequest(exampleInit(ir.request))` needs. Params without a usable example are left out.
 */
export function exampleInit(params: readonly IrParam[], kind: ClassKind = "request"): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { param: p, property } of classMembers(params, kind)) {
    if (p.type === "file") continue;
    const value = exampleValue(p);
    if (value !== undefined) out[property] = value;
  }
  return out;
}
