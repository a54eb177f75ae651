import { classMembers, type ClassKind as MemberKind } from "../ir/members.js";
import type { IrParam, ParamType } from "../ir/schema.js";
import { TopRequest } from "./request.js";
import { TopResponse } from "./response.js";
import type { FieldSpec, StructClass } from "./spec.js";
import { TopStruct } from "./struct.js";

/**
 * The published shape of a generated API (see docs/architecture.md "Generated code"): each API's `.mjs`/`.cjs`
 * holds only its field tables and calls `defineApi`, which builds the classes here, once, from those tables.
 * Member names come from `classMembers`, the same rule the `.d.ts` was emitted by, so declarations and
 * prototypes cannot drift apart.
 */

/** Limits and links of one field; absent keys mean "none". `struct` names a struct of the same side. */
export interface FieldOptions {
  readonly item?: Exclude<ParamType, "array">;
  readonly struct?: string;
  readonly required?: true;
  readonly maxLength?: number;
  readonly maxListSize?: number;
  readonly maxValue?: number;
  readonly minValue?: number;
}

/** One field as the generated table lists it: wire name, Java field name, type, options. */
export type FieldRow = readonly [name: string, field: string, type: ParamType, options?: FieldOptions];

/** One side (request or response) of an API: its top-level fields and its struct classes by name. */
export interface SideTable {
  readonly fields: readonly FieldRow[];
  readonly structs?: Readonly<Record<string, readonly FieldRow[]>>;
}

export interface ApiTable {
  readonly method: string;
  /** Java class names of the request and the response. */
  readonly request: string;
  readonly response: string;
  readonly req: SideTable;
  readonly rsp: SideTable;
}

// biome-ignore lint/suspicious/noExplicitAny: the built classes are typed by the emitted declarations
type AnyClass = any;

export interface DefinedApi {
  Request: AnyClass;
  Response: AnyClass;
}

/** What `classMembers` reads of a param: its Java field name (and wire name, for messages). */
const asParam = (row: FieldRow) => ({ name: row[0], field: row[1] }) as IrParam;

const named = <T extends object>(cls: T, name: string): T => Object.defineProperty(cls, "name", { value: name });

/**
 * Field specs of one class plus its accessors on the prototype: `setFoo(v)` (request side) chains like the
 * hand-written setters did, `getFoo()` returns the property. Envelope fields of a response keep the base
 * class's property and accessors (see `classMembers`).
 */
function install(
  proto: object,
  rows: readonly FieldRow[],
  kind: MemberKind,
  side: "request" | "response",
  structOf: (name: string) => StructClass,
): FieldSpec[] {
  const members = classMembers(rows.map(asParam), kind);
  const specs: FieldSpec[] = [];
  members.forEach((m, i) => {
    const [name, , type, o = {}] = rows[i]!;
    const struct = o.struct && !m.inherited ? o.struct : undefined;
    specs.push({
      name,
      field: m.property,
      type: m.inherited ? "string" : type,
      ...(type === "array" && o.item ? { item: o.item } : {}),
      ...(struct ? { struct: () => structOf(struct) } : {}),
      ...(o.required ? { required: true } : {}),
      ...(o.maxLength !== undefined ? { maxLength: o.maxLength } : {}),
      ...(o.maxListSize !== undefined ? { maxListSize: o.maxListSize } : {}),
      ...(o.maxValue !== undefined ? { maxValue: o.maxValue } : {}),
      ...(o.minValue !== undefined ? { minValue: o.minValue } : {}),
    });
    if (m.inherited) return;
    const property = m.property;
    const methods: PropertyDescriptorMap = {
      [m.getter]: {
        value: named(function (this: Record<string, unknown>) {
          return this[property];
        }, m.getter),
        writable: true,
        configurable: true,
      },
    };
    if (side === "request") {
      methods[m.setter] = {
        value: named(function (this: { $set(f: string, v: unknown): unknown }, value: unknown) {
          return this.$set(property, value);
        }, m.setter),
        writable: true,
        configurable: true,
      };
    }
    Object.defineProperties(proto, methods);
  });
  return specs;
}

/** The struct classes of one side, built lazily by name so that structs may refer to each other in any order. */
function structFactory(table: SideTable, side: "request" | "response"): (name: string) => StructClass {
  const built = new Map<string, StructClass>();
  const structOf = (name: string): StructClass => {
    const cls = built.get(name);
    if (cls) return cls;
    const rows = table.structs?.[name];
    if (!rows) throw new TypeError(`generated table is missing struct ${name}`);
    const Struct = named(class extends TopStruct {}, name);
    built.set(name, Struct as unknown as StructClass);
    const fields = install(Struct.prototype, rows, "struct", side, structOf);
    Object.defineProperty(Struct, "$fields", { value: fields });
    return Struct as unknown as StructClass;
  };
  return structOf;
}

/** Static `Req.Foo` members, as the nested classes of the Java SDK (getters, so they are built on first use). */
function attachStructs(cls: object, table: SideTable, structOf: (name: string) => StructClass): void {
  for (const name of Object.keys(table.structs ?? {})) {
    Object.defineProperty(cls, name, { get: () => structOf(name), enumerable: true, configurable: true });
  }
}

/** Builds an API's request and response classes from its generated tables. */
export function defineApi(table: ApiTable): DefinedApi {
  const rspStruct = structFactory(table.rsp, "response");
  const Response = named(class extends TopResponse {}, table.response);
  Object.defineProperty(Response, "$fields", {
    value: install(Response.prototype, table.rsp.fields, "response", "response", rspStruct),
  });
  attachStructs(Response, table.rsp, rspStruct);

  const reqStruct = structFactory(table.req, "request");
  const method = table.method;
  const Request = named(
    class extends TopRequest {
      getApiMethodName(): string {
        return method;
      }
      getResponseClass() {
        return Response;
      }
    },
    table.request,
  );
  Object.defineProperty(Request, "$fields", {
    value: install(Request.prototype, table.req.fields, "request", "request", reqStruct),
  });
  attachStructs(Request, table.req, reqStruct);
  return { Request, Response };
}
