import type { ParamType } from "@topkit/sdk/ir";

/** Scalar doc types (spaces removed, case as written and lower-cased) -> IR type. */
const SCALARS: Record<string, ParamType> = {
  string: "string",
  text: "string",
  number: "long",
  integer: "long",
  long: "long",
  int: "long",
  short: "long",
  double: "double",
  float: "double",
  boolean: "boolean",
  date: "date",
  price: "price",
  money: "price",
  bigdecimal: "price",
  json: "json",
  jsonobject: "json",
  map: "map",
  byte: "file",
  "byte[]": "file",
  file: "file",
  fileitem: "file",
};

export interface TypeReading {
  type: ParamType;
  itemType?: Exclude<ParamType, "array">;
  /** True when the doc type names a struct (`Foo`, `Foo[]`), whether or not it has children. */
  structLike: boolean;
  /** Why the type could not be known; becomes an IR warning. */
  unknownReason?: string;
}

/** `String []` -> `string[]`: the doc type without spaces, lower-cased, for table lookups. */
export function normalizeDocType(docType: string): string {
  return docType.replace(/\s+/g, "").toLowerCase();
}

/**
 * Reads a doc's type column as written (DESIGN.md "Types"). `hasChildren` says whether the doc gives
 * subParams: a struct name without them can only be sent and read as a JSON value.
 */
export function readDocType(docType: string | undefined, hasChildren: boolean): TypeReading {
  if (docType === undefined || docType.trim() === "") {
    return hasChildren
      ? { type: "unknown", structLike: false, unknownReason: "no type, but has nested params" }
      : { type: "unknown", structLike: false, unknownReason: "no type given" };
  }
  const key = normalizeDocType(docType);
  const scalar = SCALARS[key];
  // A scalar-sounding name with nested params is a struct of that name (`price Price` holding
  // currency and item_price; `freight Money` holding amount and cent): the nested params win.
  if (scalar && !hasChildren) return { type: scalar, structLike: false };
  if (scalar && hasChildren && scalar !== "file") return { type: "struct", structLike: true };
  if (key.endsWith("[]")) {
    const inner = key.slice(0, -2);
    if (inner === "" || inner === "null" || inner.endsWith("[]")) {
      return { type: "unknown", structLike: false, unknownReason: `type "${docType}" names no item type` };
    }
    const item = SCALARS[inner];
    if (item === "file") return { type: "unknown", structLike: false, unknownReason: `a list of files ("${docType}")` };
    if (item && item !== "array" && !hasChildren) return { type: "array", itemType: item, structLike: false };
    return { type: "array", itemType: hasChildren ? "struct" : "json", structLike: true };
  }
  if (!/^[A-Za-z_$][\w$]*$/.test(docType.trim())) {
    return { type: "unknown", structLike: false, unknownReason: `type "${docType}" is not a type name` };
  }
  return { type: hasChildren ? "struct" : "json", structLike: true };
}
