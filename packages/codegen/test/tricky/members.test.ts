import type { IrParam } from "@topkit/sdk/ir";
import { classMembers as membersOf } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { irParam } from "../../../../test-support/ir-builders.js";
import { fieldName } from "../../src/names/index.js";

const param = (name: string): IrParam => irParam(name, { field: fieldName(name) });

const names = (wires: string[], kind: "request" | "response" | "struct") =>
  membersOf(wires.map(param), kind).map((m) => [m.property, m.setter, m.getter, m.inherited]);

describe("member names", () => {
  test("reserved words and common member names stay as they are where they are valid members", () => {
    expect(names(["default", "delete", "in", "type", "name", "length"], "struct")).toEqual([
      ["default", "setDefault", "getDefault", false],
      ["delete", "setDelete", "getDelete", false],
      ["in", "setIn", "getIn", false],
      ["type", "setType", "getType", false],
      ["name", "setName", "getName", false],
      ["length", "setLength", "getLength", false],
    ]);
  });

  test("names the runtime owns get `_` (an accessor pair shares its stem): constructor, toJSON, getTextParams()", () => {
    expect(names(["constructor", "to_j_s_o_n"], "struct").map((m) => m[0])).toEqual(["constructor_", "toJSON_"]);
    expect(names(["check", "text_params"], "request")).toEqual([
      ["check_", "setCheck", "getCheck", false],
      ["textParams", "setTextParams_", "getTextParams_", false],
    ]);
  });

  test("two wire names with one Java name (AppKey, app_key... and appKey) stay apart", () => {
    expect(names(["app_key", "appKey"], "request")).toEqual([
      ["appKey", "setAppKey", "getAppKey", false],
      ["appKey_", "setAppKey_", "getAppKey_", false],
    ]);
    expect(names(["AppKey", "app_key"], "request")).toEqual([
      ["AppKey", "setAppKey", "getAppKey", false],
      ["appKey", "setAppKey_", "getAppKey_", false],
    ]);
  });

  test("a field named like a generated accessor does not shadow it", () => {
    expect(names(["get_name", "name"], "response")).toEqual([
      ["getName_", "setGetName", "getGetName", false],
      ["name", "setName", "getName", false],
    ]);
  });

  test("response envelope fields are inherited; error_code and RequestId are not", () => {
    expect(names(["request_id", "requestId", "sub_msg", "error_code", "RequestId"], "response")).toEqual([
      ["requestId", "setRequestId", "getRequestId", true],
      ["requestId", "setRequestId", "getRequestId", true],
      ["subMsg", "setSubMsg", "getSubMsg", true],
      ["errorCode_", "setErrorCode_", "getErrorCode_", false],
      ["RequestId", "setRequestId_", "getRequestId_", false],
    ]);
  });
});
