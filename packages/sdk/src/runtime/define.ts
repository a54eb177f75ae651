import { type CompactParam, withParamDefaults } from "../ir/compact.js";
import { classMembers, type ClassKind as MemberKind } from "../ir/members.js";
import type { IrParam } from "../ir/schema.js";
import { structsOf } from "../ir/structs.js";
import { TopRequest } from "./request.js";
import { TopResponse } from "./response.js";
import type { FieldSpec, StructClass } from "./spec.js";
import { TopStruct } from "./struct.js";

/**
 * The published shape of a generated API (see docs/architecture.md "Generated code"): each API's `.mjs`/`.cjs`
 * loads the API's IR (the compact JSON the package ships for tools too) and calls `defineApi`, which builds
 * the classes here, once, from it. Member names come from `classMembers` and struct classes from `structsOf`,
 * the same rules the `.d.ts` was emitted by, so declarations and prototypes cannot drift apart.
 */

/** What `defineApi` reads of an API's IR file (as shipped: compact, not validated again on the call path). */
export interface ApiDefinition {
  readonly method: string;
  readonly javaNames: { readonly request: string; readonly response: string };
  readonly request: readonly CompactParam[];
  readonly response: readonly CompactParam[];
}

/** One side (request or response): its top-level params and its struct classes by name, as loaded. */
interface Side {
  readonly params: readonly CompactParam[];
  readonly structs: ReadonlyMap<string, readonly CompactParam[]>;
}

/**
 * A side's classes are found on the compact params as loaded; each class's own params are filled in
 * (`withParamDefaults`) when that class is built, so importing an API with 40 structs builds only what is used.
 */
const sideOf = (params: readonly CompactParam[]): Side => ({
  params,
  structs: new Map(structsOf(params).map((s) => [s.name, s.params])),
});

// biome-ignore lint/suspicious/noExplicitAny: the built classes are typed by the emitted declarations
type AnyClass = any;

export interface DefinedApi {
  Request: AnyClass;
  Response: AnyClass;
}

const named = <T extends object>(cls: T, name: string): T => Object.defineProperty(cls, "name", { value: name });

/**
 * Field specs of one class plus its accessors on the prototype: `setFoo(v)` (request side) chains like the
 * hand-written setters did, `getFoo()` returns the property. Envelope fields of a response keep the base
 * class's property and accessors (see `classMembers`). A struct-typed field links to its class only where the
 * side defines one (a struct the doc gives no fields for is a JSON value).
 */
function install(
  proto: object,
  compact: readonly CompactParam[],
  kind: MemberKind,
  side: "request" | "response",
  structs: Side["structs"],
  structOf: (name: string) => StructClass,
): FieldSpec[] {
  const params = compact.map((p) => withParamDefaults(p) as IrParam);
  const members = classMembers(params, kind);
  const specs: FieldSpec[] = [];
  members.forEach((m, i) => {
    const p = params[i]!;
    const c = p.constraints;
    const struct = p.structName && structs.has(p.structName) && !m.inherited ? p.structName : undefined;
    specs.push({
      name: p.name,
      field: m.property,
      type: m.inherited ? "string" : p.type,
      ...(p.type === "array" && p.itemType ? { item: p.itemType as FieldSpec["item"] } : {}),
      ...(struct ? { struct: () => structOf(struct) } : {}),
      ...(p.required ? { required: true } : {}),
      ...(c.maxLength !== undefined ? { maxLength: c.maxLength } : {}),
      ...(c.maxListSize !== undefined ? { maxListSize: c.maxListSize } : {}),
      ...(c.maxValue !== undefined ? { maxValue: c.maxValue } : {}),
      ...(c.minValue !== undefined ? { minValue: c.minValue } : {}),
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
function structFactory(side: Side, kind: "request" | "response"): (name: string) => StructClass {
  const built = new Map<string, StructClass>();
  const structOf = (name: string): StructClass => {
    const cls = built.get(name);
    if (cls) return cls;
    const params = side.structs.get(name);
    if (!params) throw new TypeError(`the API's IR defines no struct ${name}`);
    const Struct = named(class extends TopStruct {}, name);
    built.set(name, Struct as unknown as StructClass);
    const fields = install(Struct.prototype, params, "struct", kind, side.structs, structOf);
    Object.defineProperty(Struct, "$fields", { value: fields });
    return Struct as unknown as StructClass;
  };
  return structOf;
}

/** Static `Req.Foo` members, as the nested classes of the Java SDK (getters, so they are built on first use). */
function attachStructs(cls: object, side: Side, structOf: (name: string) => StructClass): void {
  for (const name of side.structs.keys()) {
    Object.defineProperty(cls, name, { get: () => structOf(name), enumerable: true, configurable: true });
  }
}

/** Builds an API's request and response classes from its IR. */
export function defineApi(ir: ApiDefinition): DefinedApi {
  const rsp = sideOf(ir.response);
  const rspStruct = structFactory(rsp, "response");
  const Response = named(class extends TopResponse {}, ir.javaNames.response);
  Object.defineProperty(Response, "$fields", {
    value: install(Response.prototype, rsp.params, "response", "response", rsp.structs, rspStruct),
  });
  attachStructs(Response, rsp, rspStruct);

  const req = sideOf(ir.request);
  const reqStruct = structFactory(req, "request");
  const method = ir.method;
  const Request = named(
    class extends TopRequest {
      getApiMethodName(): string {
        return method;
      }
      getResponseClass() {
        return Response;
      }
    },
    ir.javaNames.request,
  );
  Object.defineProperty(Request, "$fields", {
    value: install(Request.prototype, req.params, "request", "request", req.structs, reqStruct),
  });
  attachStructs(Request, req, reqStruct);
  return { Request, Response };
}
