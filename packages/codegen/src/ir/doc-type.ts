import type { ParamType } from "@topkit/sdk/ir";

/** Scalar doc types (spaces removed, lower-cased) -> IR type: every spelling met in the TOP catalogue and a few more. */
const SCALARS: Record<string, Exclude<ParamType, "array" | "struct" | "unknown">> = {
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
  // Lower-case `byte` is Java's small integer: all 53 corpus uses are flags and status codes
  // ("是否测试 0-否 1-是"), none a file. `byte[]` is a file's bytes.
  byte: "long",
  "byte[]": "file",
  file: "file",
  fileitem: "file",
};

export interface TypeReading {
  type: ParamType;
  itemType?: Exclude<ParamType, "array">;
  /** True when the doc type names a struct (`Foo`, `Foo[]`: not a scalar, not missing), with or without children. */
  structLike: boolean;
  /** Why the type could not be known (typed `unknown`); becomes an IR warning. */
  unknownReason?: string;
  /** A reading the doc did not state plainly (a struct without fields, a scalar name with fields); a warning. */
  note?: string;
}

/** `String []` -> `string[]`: the doc type without spaces, lower-cased, for table lookups. */
export function normalizeDocType(docType: string): string {
  return docType.replace(/\s+/g, "").toLowerCase();
}

const TYPE_NAME = /^[A-Za-z_$][\w$]*$/;

const unknownType = (reason: string): TypeReading => ({ type: "unknown", structLike: false, unknownReason: reason });

/**
 * A type the doc gives nested params for: a struct (or a list of structs) whatever the name says, since
 * the nested params are the shape on the wire. `Money` {cent, currency_code} is an object, not a price.
 */
function readWithChildren(docType: string, key: string): TypeReading {
  const list = key.endsWith("[]");
  const bare = list ? key.slice(0, -2) : key;
  const written = docType.replace(/\s+/g, "").replace(/\[\]$/, "");
  if (!TYPE_NAME.test(written)) return unknownType(`type "${docType}" is not a type name, but has nested params`);
  // `structLike` tells what the name says (the page-text parser opens structs by it), not how it is read.
  const structLike = SCALARS[bare] === undefined;
  const reading: TypeReading = list
    ? { type: "array", itemType: "struct", structLike }
    : { type: "struct", structLike };
  if (!structLike)
    reading.note = `type "${docType}" names a scalar, but the doc nests params under it; read as a struct`;
  return reading;
}

/** A list type without nested params: scalar items, JSON items (`Json[]`, `Foo[]`), or nothing knowable. */
function readList(docType: string, inner: string): TypeReading {
  if (inner === "" || inner === "null" || inner.endsWith("[]")) {
    return unknownType(`type "${docType}" names no item type`);
  }
  const item = SCALARS[inner];
  if (item === "file") return unknownType(`a list of files ("${docType}") cannot be sent as one param`);
  if (item) return { type: "array", itemType: item, structLike: false };
  if (!TYPE_NAME.test(inner)) return unknownType(`type "${docType}" is not a type name`);
  return {
    type: "array",
    itemType: "json",
    structLike: true,
    note: `struct list "${docType}" is given without nested params; items typed as JSON values`,
  };
}

/**
 * Reads a doc's type column as written (docs/architecture.md "Types"). `hasChildren` says whether the doc gives
 * subParams (or the struct is given in full elsewhere): a struct name without them can only be sent and
 * read as a JSON value.
 */
export function readDocType(docType: string | undefined, hasChildren: boolean): TypeReading {
  if (docType === undefined || docType.trim() === "") {
    return hasChildren
      ? {
          type: "struct",
          structLike: false,
          note: "no type given, but the doc nests params under it; read as a struct",
        }
      : unknownType("no type given");
  }
  const key = normalizeDocType(docType);
  if (hasChildren) return readWithChildren(docType, key);
  const scalar = SCALARS[key];
  if (scalar) return { type: scalar, structLike: false };
  if (key.endsWith("[]")) return readList(docType, key.slice(0, -2));
  if (!TYPE_NAME.test(docType.trim())) return unknownType(`type "${docType}" is not a type name`);
  return {
    type: "json",
    structLike: true,
    note: `struct "${docType.trim()}" is given without nested params; typed as a JSON value`,
  };
}
