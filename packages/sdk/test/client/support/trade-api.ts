// A hand-built API in the shape the generator emits (static `$fields`, Java getters), so the typed
// path can be tested with 64-bit ids, dates, prices, booleans, doubles, struct lists and scalar lists
// without adding an API to top-docs.
import type { FileItem } from "../../../src/runtime/file-item.js";
import { type FieldSpec, TopRequest, TopResponse, TopStruct } from "../../../src/runtime/index.js";

export class Order extends TopStruct {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "oid", field: "oid", type: "long" },
    { name: "title", field: "title", type: "string" },
  ];
  declare oid?: bigint;
  declare title?: string;
}

export class Trade extends TopStruct {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "tid", field: "tid", type: "long" },
    { name: "created", field: "created", type: "date" },
    { name: "payment", field: "payment", type: "price" },
    { name: "buyer_rate", field: "buyerRate", type: "boolean" },
    { name: "discount", field: "discount", type: "double" },
    { name: "orders", field: "orders", type: "array", item: "struct", struct: () => Order },
  ];
  declare tid?: bigint;
  declare created?: Date;
  declare payment?: string;
  declare buyerRate?: boolean;
  declare discount?: number;
  declare orders?: Order[];
}

export class TradeGetResponse extends TopResponse {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "trade", field: "trade", type: "struct", struct: () => Trade },
    { name: "tids", field: "tids", type: "array", item: "long" },
  ];
  declare trade?: Trade;
  declare tids?: bigint[];
}

export class TradeGetRequest extends TopRequest<TradeGetResponse> {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "tid", field: "tid", type: "long", required: true },
    { name: "fields", field: "fields", type: "array", item: "string", required: true, maxListSize: 20 },
    { name: "image", field: "image", type: "file" },
  ];
  declare tid?: bigint | number | string;
  declare fields?: string[] | string;
  declare image?: FileItem;

  getApiMethodName(): string {
    return "taobao.trade.get";
  }

  getResponseClass(): typeof TradeGetResponse {
    return TradeGetResponse;
  }
}

/** The same answer in every body form TOP uses. */
export const TRADE_BODIES = {
  json:
    '{"trade_get_response":{"trade":{"tid":2940328723781049652,"created":"2024-05-01 08:30:00","payment":"12.50",' +
    '"buyer_rate":true,"discount":0.5,"orders":{"order":[{"oid":2940328723781049653,"title":"a & b"},' +
    '{"oid":1,"title":"中文"}]}},"tids":{"number":[2940328723781049652,5]},"request_id":"r1"}}',
  simplifyBare:
    '{"trade":{"tid":2940328723781049652,"created":"2024-05-01 08:30:00","payment":"12.50","buyer_rate":true,' +
    '"discount":0.5,"orders":[{"oid":2940328723781049653,"title":"a & b"},{"oid":1,"title":"中文"}]},' +
    '"tids":[2940328723781049652,5],"request_id":"r1"}',
  simplifyWrapped:
    '{"trade_get_response":{"trade":{"tid":2940328723781049652,"created":"2024-05-01 08:30:00","payment":"12.50",' +
    '"buyer_rate":true,"discount":0.5,"orders":[{"oid":2940328723781049653,"title":"a & b"},' +
    '{"oid":1,"title":"中文"}]},"tids":[2940328723781049652,5],"request_id":"r1"}}',
  xml: `<?xml version="1.0" encoding="utf-8" ?>
<trade_get_response>
  <trade>
    <tid>2940328723781049652</tid>
    <created>2024-05-01 08:30:00</created>
    <payment>12.50</payment>
    <buyer_rate>true</buyer_rate>
    <discount>0.5</discount>
    <orders>
      <order><oid>2940328723781049653</oid><title>a &amp; b</title></order>
      <order><oid>1</oid><title>中文</title></order>
    </orders>
  </trade>
  <tids><number>2940328723781049652</number><number>5</number></tids>
  <request_id>r1</request_id>
</trade_get_response><!--top010016214063.n.et2-->`,
} as const;

/** An error_response body as TOP sends it (JSON). */
export const errorJson = (code: number, subCode?: string, subMsg?: string) =>
  JSON.stringify({
    error_response: { code, msg: "Remote service error", sub_code: subCode, sub_msg: subMsg, request_id: "e1" },
  });
