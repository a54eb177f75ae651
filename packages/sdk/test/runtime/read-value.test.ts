import { describe, expect, test } from "vitest";
import { TopParseError, TopResponseValueError } from "../../src/errors/index.js";
import { parseLosslessJson } from "../../src/protocol/index.js";
import { readResponse } from "../../src/runtime/index.js";
import { TradeGetResponse } from "../client/support/trade-api.js";

const read = (content: string) =>
  readResponse(TradeGetResponse, parseLosslessJson(content) as Record<string, unknown>, content);
const refusal = (content: string) => {
  try {
    read(content);
  } catch (error) {
    return error as TopResponseValueError;
  }
  return expect.unreachable("should throw");
};

describe('regression: a bigint or Date field could hold "abc" — values are checked against their declared type', () => {
  test.each([
    ['{"trade":{"tid":"abc"}}', "trade.tid", "long", '"abc"'],
    ['{"trade":{"created":"abc"}}', "trade.created", "date", '"abc"'],
    ['{"trade":{"created":{"a":1}}}', "trade.created", "date", "an object"],
    ['{"trade":{"buyer_rate":"yes"}}', "trade.buyer_rate", "boolean", '"yes"'],
    ['{"trade":{"discount":"1,5"}}', "trade.discount", "double", '"1,5"'],
    ['{"trade":{"orders":{"order":[{"oid":1},{"oid":"x"}]}}}', "trade.orders[1].oid", "long", '"x"'],
    ['{"tids":{"number":[1,99999999999999999999]}}', "tids[1]", "long", '"99999999999999999999"'],
    ['{"trade":"a text where a struct belongs"}', "trade", "an object", '"a text where a struct belongs"'],
  ])("%s is a TopResponseValueError naming %s", (content, path, expected, received) => {
    const error = refusal(content);
    expect(error).toBeInstanceOf(TopResponseValueError);
    expect(error).toBeInstanceOf(TopParseError);
    expect(error).toMatchObject({ path, expected, received });
    expect(error.message).toContain(`at ${path}: expected ${expected}, got ${received}`);
    expect(error.bodyExcerpt).toBe(content);
  });

  test("64-bit edges are kept exactly; empty text (an empty XML element) is absent, not an error", () => {
    const rsp = read('{"tids":{"number":[9223372036854775807,-9223372036854775808]},"trade":{"tid":"","created":""}}');
    expect(rsp.tids).toEqual([9223372036854775807n, -9223372036854775808n]);
    expect(rsp.trade).toBeDefined();
    expect(rsp.trade?.tid).toBeUndefined();
    expect(rsp.trade?.created).toBeUndefined();
  });

  test("a string field holding an object keeps it as JSON text, so the field is still a string", () => {
    const rsp = read('{"trade":{"payment":{"amount":12.5,"id":2940328723781049652},"orders":{"order":[{"title":7}]}}}');
    expect(rsp.trade?.payment).toBe('{"amount":12.5,"id":2940328723781049652}');
    expect(rsp.trade?.orders?.[0]?.title).toBe("7");
  });
});
