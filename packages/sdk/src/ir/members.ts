import type { IrParam } from "./schema.js";

/** Java's capitalisation of a name's first letter (`foo` -> `Foo`), the base of accessor and class names. */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Members every generated class inherits from the runtime or needs; a field may not take these names. */
const COMMON = ["constructor", "toJSON", "$set", "$fields", "$struct", "$specs", "__proto__", "prototype"];
const RESERVED: Record<ClassKind, ReadonlySet<string>> = {
  request: new Set([
    ...COMMON,
    "getApiMethodName",
    "getResponseClass",
    "getTextParams",
    "getFileParams",
    "putOtherTextParam",
    "check",
  ]),
  response: new Set([
    ...COMMON,
    "errorCode",
    "msg",
    "subCode",
    "subMsg",
    "requestId",
    "getBody",
    "setBody",
    "isSuccess",
    "getErrorCode",
    "getMsg",
    "getSubCode",
    "getSubMsg",
    "getRequestId",
  ]),
  struct: new Set(COMMON),
};

export type ClassKind = "request" | "response" | "struct";

/**
 * Response fields whose Java name is an envelope property (`request_id` or `requestId` -> `requestId`, `msg`,
 * `sub_code`, `sub_msg`): the same property as the base class's, so the subclass declares nothing for them.
 * Not `errorCode`: a body field `error_code` is business data, and merging it would make `isSuccess()` false.
 */
const ENVELOPE = new Set(["requestId", "msg", "subCode", "subMsg"]);

export interface ClassMember {
  param: IrParam;
  /** Property name on the class (the Java field name unless that clashes). */
  property: string;
  setter: string;
  getter: string;
  /** True when the base class already declares this property (envelope fields). */
  inherited: boolean;
}

/** Java's accessor stem (`setFoo`/`getFoo` from `foo`), with `_` appended until neither accessor is taken. */
function accessorStem(field: string, reserved: ReadonlySet<string>, taken: Set<string>): string {
  let stem = upperFirst(field);
  while ([`set${stem}`, `get${stem}`].some((n) => reserved.has(n) || taken.has(n))) stem = `${stem}_`;
  taken.add(`set${stem}`);
  taken.add(`get${stem}`);
  return stem;
}

/**
 * Property, setter and getter names of a generated class's fields: the one rule that codegen emits by and
 * that everything naming a member (examples, object literals built from the IR) must follow. Setters and getters follow Java (`setFoo`/`getFoo`
 * from the field name); any name that would clash with an inherited member, a generated method or an
 * earlier field (`AppKey` and `app_key`, `RequestId` and the inherited `getRequestId()`) gets `_` appended
 * until it is unique, so every member stays valid and nothing shadows the runtime.
 */
export function classMembers(params: readonly IrParam[], kind: ClassKind): ClassMember[] {
  const reserved = RESERVED[kind];
  const inherited = (p: IrParam) => kind === "response" && ENVELOPE.has(p.field);
  const methods = new Set<string>();
  const stems = params.map((p) => (inherited(p) ? upperFirst(p.field) : accessorStem(p.field, reserved, methods)));
  const taken = new Set<string>();
  return params.map((param, i) => {
    const own = !inherited(param);
    let property = param.field;
    if (own) {
      while (reserved.has(property) || methods.has(property) || taken.has(property)) property = `${property}_`;
    }
    taken.add(property);
    return { param, property, setter: `set${stems[i]}`, getter: `get${stems[i]}`, inherited: !own };
  });
}
