import type { IrParam } from "@topkit/sdk/ir";
import { fieldName, pascalName, structNameOf } from "../names/index.js";
import { readDocType } from "./doc-type.js";
import type { RawParam } from "./raw-param.js";

/** One class's struct names (request or response side). */
interface StructScope {
  /** Struct name -> shape key of the struct that holds it. */
  shapes: Map<string, string>;
  /** Doc struct names that have nested params somewhere on this side. */
  defined: Set<string>;
  /** How a value typed unknown travels on this side, for warnings. */
  jsonUse: string;
}

/**
 * A struct's shape, for telling two uses of one doc name apart: its wire names, types and nesting. Field
 * order is not part of it: docs list one struct's fields in different orders, and it is still one class.
 */
function shapeKey(params: readonly IrParam[]): string {
  return params
    .map((p) => `${p.name}:${p.type}:${p.itemType ?? ""}:${p.structName ?? ""}(${shapeKey(p.children)})`)
    .sort()
    .join(",");
}

/**
 * The struct name for a use of `docName` with `shape`: the doc's name when it is new or the shape matches,
 * else the parent param's PascalCase name prepended (`DataResult`), then a number if that clashes too.
 */
function claimStructName(scope: StructScope, docName: string, shape: string, parentWire: string): string {
  const existing = scope.shapes.get(docName);
  if (existing === undefined || existing === shape) {
    scope.shapes.set(docName, shape);
    return docName;
  }
  const prefixed = `${pascalName(parentWire)}${docName}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? prefixed : `${prefixed}${n}`;
    const taken = scope.shapes.get(candidate);
    if (taken === undefined || taken === shape) {
      scope.shapes.set(candidate, shape);
      return candidate;
    }
  }
}

/** Doc names of the structs given with nested params anywhere in `raws`. */
function definedStructs(raws: readonly RawParam[], into = new Set<string>()): Set<string> {
  for (const raw of raws) {
    if (raw.children.length > 0 && raw.docType) into.add(structNameOf(raw.docType));
    definedStructs(raw.children, into);
  }
  return into;
}

/**
 * A struct-typed param without nested params whose struct is given in full elsewhere on this side
 * (recursive types such as an option holding options) refers to that struct rather than becoming JSON.
 */
function isStructReference(raw: RawParam, scope: StructScope): boolean {
  if (raw.children.length > 0 || !raw.docType) return false;
  const reading = readDocType(raw.docType, false);
  return reading.structLike && scope.defined.has(structNameOf(raw.docType));
}

function buildOne(raw: RawParam, scope: StructScope, path: string, warnings: string[]): IrParam {
  const children = buildList(raw.children, scope, path, warnings);
  const reference = isStructReference(raw, scope);
  const reading = readDocType(raw.docType, raw.children.length > 0 || reference);
  if (reading.unknownReason) warnings.push(`${path}: ${reading.unknownReason}; typed as unknown (${scope.jsonUse})`);
  if (reading.note) warnings.push(`${path}: ${reading.note}`);
  const param: IrParam = {
    name: raw.name,
    field: fieldName(raw.name),
    docType: raw.docType ?? "",
    type: reading.type,
    required: raw.required,
    constraints: raw.constraints,
    description: raw.description,
    children: reading.type === "struct" || reading.itemType === "struct" ? children : [],
  };
  if (reading.itemType) param.itemType = reading.itemType;
  if (reading.type === "struct" || reading.itemType === "struct") {
    // A struct the doc gives no type name for is named after its param, as the rename rule names things.
    const docName = raw.docType?.trim() ? structNameOf(raw.docType) : pascalName(raw.name);
    const name = reference ? docName : claimStructName(scope, docName, shapeKey(children), raw.name);
    param.structName = name;
    if (name !== docName) {
      param.docStructName = docName;
      warnings.push(`${path}: struct ${docName} has another shape elsewhere in this API; named ${name}`);
    }
  } else if (reading.type === "unknown" && raw.children.length > 0) {
    warnings.push(`${path}: nested params of an untyped param were dropped`);
  }
  if (raw.example !== undefined && raw.example !== "") param.example = raw.example;
  if (raw.default !== undefined && raw.default !== "") param.default = raw.default;
  return param;
}

/** Builds a param list; a repeated wire name keeps its first occurrence and warns. */
function buildList(raws: readonly RawParam[], scope: StructScope, parentPath: string, warnings: string[]): IrParam[] {
  const seen = new Set<string>();
  const out: IrParam[] = [];
  for (const raw of raws) {
    const path = parentPath === "" ? raw.name : `${parentPath}.${raw.name}`;
    if (seen.has(raw.name)) {
      warnings.push(`${path}: repeated in the doc; the first one is kept`);
      continue;
    }
    seen.add(raw.name);
    out.push(buildOne(raw, scope, path, warnings));
  }
  return out;
}

/**
 * Turns one side's raw params (request or response) into IR params: Java field names, IR types,
 * struct names with the rename rule applied, duplicates dropped. Problems go to `warnings` with a
 * prefix such as `request: req.data`.
 */
export function buildParams(raws: readonly RawParam[], side: "request" | "response", warnings: string[]): IrParam[] {
  const local: string[] = [];
  const jsonUse = side === "request" ? "sent as JSON text" : "read as a JSON value";
  const params = buildList(raws, { shapes: new Map(), defined: definedStructs(raws), jsonUse }, "", local);
  for (const w of local) warnings.push(`${side}: ${w}`);
  return params;
}
