import type { ApiIr, IrParam } from "@topkit/sdk/ir";

// Shared by the tests of every package that builds IR by hand (sdk, docs).

/** A param with the IR's required keys filled; tests override what they are about. */
export function irParam(name: string, extra: Partial<IrParam> = {}): IrParam {
  return {
    name,
    field: name.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()),
    docType: "String",
    type: "string",
    required: false,
    constraints: {},
    description: "",
    children: [],
    ...extra,
  };
}

/** A minimal valid IR for `method`. */
export function irOf(method: string, extra: Partial<ApiIr> = {}): ApiIr {
  return {
    method,
    title: "",
    description: "",
    source: { form: "doc-json", sha256: "0".repeat(64) },
    labels: [],
    needsSession: false,
    javaNames: { request: "XRequest", response: "XResponse", responseKey: "x_response" },
    request: [],
    response: [],
    samples: {},
    errorCodes: [],
    ...extra,
  };
}
