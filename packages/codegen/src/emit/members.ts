import type { IrParam } from "@topkit/sdk/ir";

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Members every generated class inherits or needs; a field may not take these names. */
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
 * Response fields that are the envelope's own (`request_id`, `msg`, `sub_code`, `sub_msg`): the same
 * property as the base class's, so the subclass declares nothing for them.
 */
const ENVELOPE: Record<string, string> = {
  request_id: "requestId",
  msg: "msg",
  sub_code: "subCode",
  sub_msg: "subMsg",
};

export interface Member {
  param: IrParam;
  /** Property name on the class (the Java field name unless that clashes). */
  property: string;
  setter: string;
  getter: string;
  /** True when the base class already declares this property (envelope fields). */
  inherited: boolean;
}

/**
 * Property, setter and getter names of a class's fields. Setters and getters follow Java (`setFoo`/`getFoo`
 * from the field name); a property that would clash with an inherited member or a generated method gets `_`
 * appended until it is unique, so every member stays valid and nothing shadows the runtime.
 */
export function membersOf(params: readonly IrParam[], kind: ClassKind): Member[] {
  const reserved = RESERVED[kind];
  const methods = new Set<string>();
  for (const p of params) {
    methods.add(`set${upperFirst(p.field)}`);
    methods.add(`get${upperFirst(p.field)}`);
  }
  const taken = new Set<string>();
  return params.map((param) => {
    const inherited = kind === "response" && ENVELOPE[param.name] === param.field;
    let property = param.field;
    if (!inherited) {
      while (reserved.has(property) || methods.has(property) || taken.has(property)) property = `${property}_`;
    }
    taken.add(property);
    return {
      param,
      property,
      setter: `set${upperFirst(param.field)}`,
      getter: `get${upperFirst(param.field)}`,
      inherited,
    };
  });
}
