// Hand-written IRs for APIs the SDK does not ship, so the gateway's answers and checks can be tested on
// every param type, limit and sample form without adding doc inputs to top-docs.
import { irOf, irParam } from "../../../../../test-support/ir-builders.js";
import type { ApiIr, IrParam } from "../../../src/ir/index.js";

type ParamInit = Partial<IrParam> & Pick<IrParam, "name" | "type">;

/** An IR param with the defaults the parser writes (its doc type named like its type). */
export const param = (p: ParamInit): IrParam => irParam(p.name, { docType: p.type, ...p });

/** A valid IR for `method` with the given params and samples, its response key TOP's spelling of it. */
export function apiIr(method: string, init: Partial<ApiIr> = {}): ApiIr {
  const name = method.replace(/^taobao\./, "");
  const responseKey = `${name.replaceAll(".", "_")}_response`;
  return irOf(method, {
    title: method,
    javaNames: { request: "XRequest", response: "XResponse", responseKey },
    ...init,
  });
}

const order = param({
  name: "orders",
  type: "array",
  itemType: "struct",
  structName: "Order",
  docType: "Order[]",
  children: [
    param({ name: "oid", type: "long", example: "2940328723781049653" }),
    param({ name: "title", type: "string", example: "a & b" }),
  ],
});

/** The response side of the client tests' hand-built `taobao.trade.get` classes (test/client/support/trade-api.ts). */
export const TRADE_RESPONSE: IrParam[] = [
  param({
    name: "trade",
    type: "struct",
    structName: "Trade",
    docType: "Trade",
    children: [
      param({ name: "tid", type: "long", example: "2940328723781049652" }),
      param({ name: "created", type: "date", example: "2024-05-01 08:30:00" }),
      param({ name: "payment", type: "price", example: "12.50" }),
      param({ name: "buyer_rate", type: "boolean", example: "true" }),
      param({ name: "discount", type: "double", example: "0.5" }),
      order,
    ],
  }),
  param({ name: "tids", type: "array", itemType: "long", docType: "Number[]", example: "2940328723781049652,5" }),
];

export const TRADE_REQUEST: IrParam[] = [
  param({ name: "tid", type: "long", required: true }),
  param({
    name: "fields",
    type: "array",
    itemType: "string",
    docType: "String[]",
    required: true,
    constraints: { maxListSize: 20 },
  }),
  param({ name: "image", type: "file", docType: "byte[]" }),
];

/** `taobao.trade.get` with the given samples (none: the answer comes from the examples above). */
export const tradeIr = (samples: ApiIr["samples"] = {}) =>
  apiIr("taobao.trade.get", { request: TRADE_REQUEST, response: TRADE_RESPONSE, samples });

/** An API whose params carry every kind of limit the IR can state. */
export const limitsIr = apiIr("topkit.limits.check", {
  needsSession: true,
  request: [
    param({ name: "title", type: "string", constraints: { maxLength: 5 } }),
    param({ name: "count", type: "long", constraints: { minValue: 1, maxValue: 10 } }),
    param({ name: "big_id", type: "long", constraints: { maxValue: 9007199254740992 } }),
    param({ name: "ratio", type: "double" }),
    param({ name: "flag", type: "boolean" }),
    param({ name: "amount", type: "price" }),
    param({ name: "start", type: "date" }),
    param({ name: "tags", type: "array", itemType: "long", docType: "Number[]", constraints: { maxListSize: 3 } }),
    param({ name: "extra", type: "map" }),
    param({
      name: "items",
      type: "array",
      itemType: "struct",
      structName: "Item",
      constraints: { maxListSize: 2 },
      children: [
        param({ name: "sku_id", type: "long", required: true }),
        param({ name: "name", type: "string", constraints: { maxLength: 4 } }),
        param({
          name: "props",
          type: "struct",
          structName: "Props",
          children: [param({ name: "color", type: "string", required: true })],
        }),
      ],
    }),
    param({ name: "image", type: "file", constraints: { maxLength: 8 } }),
  ],
});

/** An upload API: a required file and a text param beside it. */
export const uploadIr = apiIr("topkit.file.upload", {
  request: [param({ name: "image", type: "file", required: true }), param({ name: "title", type: "string" })],
});
