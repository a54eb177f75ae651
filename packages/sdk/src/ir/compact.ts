import type { IrParam, ParamType } from "./schema.js";

/**
 * The compact IR the SDK ships (`ir/<method>.json`, docs/architecture.md "Generated code") leaves out every
 * param key whose value follows from the others; this file is the one rule for what that is. The IR schema
 * fills the keys back in when it parses a file, and the runtime does the same when an API module loads its
 * IR (without zod), so both read a compact file exactly as the full one. No zod here: the runtime imports it.
 */

/** A param as a compact IR file holds it: the keys below may be missing (children likewise). */
export type CompactParam = Omit<IrParam, "field" | "docType" | "type" | "required" | "constraints" | "children"> & {
  field?: string | undefined;
  docType?: string | undefined;
  type?: ParamType | undefined;
  required?: boolean | undefined;
  constraints?: IrParam["constraints"] | undefined;
  children?: CompactParam[] | undefined;
};

/** How the docs spell each scalar type, as the doc parser reads them (`codegen/src/ir/doc-type.ts`). */
const DOC_SPELLING: Partial<Record<ParamType, string>> = {
  string: "String",
  long: "Number",
  double: "Double",
  boolean: "Boolean",
  date: "Date",
  price: "Price",
  json: "Json",
  file: "byte[]",
};

/** The doc type a param's own type implies (`Foo` for a struct Foo, `String[]`...), if any. */
function impliedDocType(p: Pick<IrParam, "type" | "itemType" | "structName">): string | undefined {
  if (p.type === "struct") return p.structName;
  if (p.type === "array") {
    const item = p.structName ?? (p.itemType ? DOC_SPELLING[p.itemType] : undefined);
    return item === undefined ? undefined : `${item}[]`;
  }
  return DOC_SPELLING[p.type];
}

/** The value each omitted key has, given the rest of the (already filled) param. */
const DEFAULTS = {
  field: (p: Pick<IrParam, "name">) => p.name,
  type: () => "string" as const,
  required: () => false,
  constraints: () => ({}),
  children: () => [],
  docType: impliedDocType,
};

/** The keys the compact form may leave out. Order matters: `docType`'s default reads `type`, so `type` is filled first. */
export const COMPACT_KEYS = ["field", "type", "required", "constraints", "children", "docType"] as const;

/**
 * One param with its omitted keys filled in (children left as they are: each is a param of its own). Keys
 * not left out pass through untouched, so a full param comes back equal.
 */
export function withParamDefaults<T extends object>(raw: T): T {
  const out = { ...raw } as Record<string, unknown>;
  for (const key of COMPACT_KEYS) {
    if (out[key] === undefined) {
      const value = DEFAULTS[key](out as unknown as IrParam);
      if (value !== undefined) out[key] = value;
    }
  }
  return out as T;
}

/** A param tree read from a compact IR file, every key filled (what `parseIr` gives, without validating). */
export function expandParams(params: readonly CompactParam[]): IrParam[] {
  return params.map((p) => {
    const full = withParamDefaults(p) as unknown as IrParam;
    return { ...full, children: expandParams(full.children) };
  });
}

/**
 * Whether `key` may be left out of `param` in the compact form: its value is the one `withParamDefaults` would
 * put back (checked against the param as it is, so omitting is lossless by construction).
 */
export function isDefaultValue(param: IrParam, key: (typeof COMPACT_KEYS)[number]): boolean {
  if (key === "constraints") return Object.keys(param.constraints).length === 0;
  if (key === "children") return param.children.length === 0;
  return param[key] === DEFAULTS[key](param);
}

/**
 * The shipped IR is two files per API: `ir/<method>.json` holds what the runtime builds the classes from (the
 * keys below, params without their doc text), and `ir/text/<method>.json` the rest (titles, samples, error
 * codes, and each param's description, example and default). An API module loads only the first, and that is
 * what a bundler copies into an app; tools read both through `readIrFile`.
 */
export const STRUCTURE_KEYS = ["method", "javaNames", "request", "response"] as const;
export const PARAM_TEXT_KEYS = ["description", "example", "default"] as const;

/** Where the text file of the IR file `irFile` goes, relative to the IR folder. */
export const irTextFile = (irFile: string) => `text/${irFile}`;

/** One param's texts: its description alone, or `[description, example, default]` (null where absent). */
type ParamText = string | [string, string | null, string | null];

/** The text file: the API's other keys, and its params' texts depth-first, request then response. */
export interface IrTexts {
  api: Record<string, unknown>;
  params: ParamText[];
}

type RawParam = Record<string, unknown> & { children?: RawParam[] };
type RawDoc = Record<string, unknown>;

function eachParam(doc: RawDoc, visit: (p: RawParam) => void): void {
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const p of list as RawParam[]) {
      visit(p);
      walk(p.children);
    }
  };
  walk(doc.request);
  walk(doc.response);
}

/** Moves the texts out of a compact IR document (in place) and returns them. */
export function takeTexts(doc: RawDoc): IrTexts {
  const api: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if ((STRUCTURE_KEYS as readonly string[]).includes(key)) continue;
    api[key] = doc[key];
    delete doc[key];
  }
  const params: ParamText[] = [];
  eachParam(doc, (p) => {
    const [description, example, fallback] = PARAM_TEXT_KEYS.map((k) => p[k] as string | undefined);
    params.push(
      example === undefined && fallback === undefined
        ? (description ?? "")
        : [description ?? "", example ?? null, fallback ?? null],
    );
    for (const key of PARAM_TEXT_KEYS) delete p[key];
  });
  return { api, params };
}

/**
 * Puts the texts `takeTexts` took back into the document (in place: callers hand it a document just parsed)
 * and returns it. Throws when the two files do not belong together (not a text file, or another count of
 * params), so a stale text file can never label the wrong param.
 */
export function withTexts(doc: RawDoc, texts: unknown): RawDoc {
  const t = texts as Partial<IrTexts> | null;
  if (typeof t !== "object" || t === null || !Array.isArray(t.params) || typeof t.api !== "object" || !t.api) {
    throw new TypeError('not an IR text file (expected {"api": {...}, "params": [...]})');
  }
  const params = t.params;
  let i = 0;
  eachParam(doc, (p) => {
    const entry = params[i++];
    if (entry === undefined) return;
    const [description, example, fallback] = typeof entry === "string" ? [entry, null, null] : entry;
    p.description = description;
    if (example !== null && example !== undefined) p.example = example;
    if (fallback !== null && fallback !== undefined) p.default = fallback;
  });
  if (i !== params.length) {
    throw new TypeError(`the IR has ${i} params but its text file has ${params.length}: regenerate both`);
  }
  for (const [key, value] of Object.entries(t.api)) if (!(key in doc)) doc[key] = value;
  return doc;
}
