import { exampleInit, tsExample } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { parseDocJson } from "../../src/parse/index.js";
import { emitAndLoad } from "../support/emit-and-load.js";

// Wire names whose Java names clash with a runtime member (`check`) or with each other (`app_key`/`AppKey`):
// the generated class renames one member with `_`, and examples must follow that, not re-derive names.
const doc = {
  name: "topkit.fixture.member.clash",
  apiChineseName: "成员名冲突",
  description: "",
  requestParams: [
    { name: "check", type: "String", demoValue: "yes" },
    { name: "app_key", type: "String", demoValue: "k1" },
    { name: "AppKey", type: "String", demoValue: "k2" },
    { name: "info", type: "Info", subParams: [{ name: "toJSON", type: "String", demoValue: "j" }] },
  ],
  responseParams: [],
};
const ir = parseDocJson(JSON.stringify(doc), { file: "clash.json" });

describe("regression: examples named members by the Java rule while the generated class had renamed them", () => {
  test("exampleInit builds a request the generated class accepts, sending every example", async () => {
    const mod = await emitAndLoad(ir, "member-clash");
    const Request = mod.TopkitFixtureMemberClashRequest as new (
      init: object,
    ) => {
      getTextParams(): Record<string, string>;
    };
    expect(new Request(exampleInit(ir.request)).getTextParams()).toEqual({
      check: "yes",
      app_key: "k1",
      AppKey: "k2",
      info: '{"toJSON":"j"}',
    });
  });

  test("tsExample calls the setters the generated class has, one per param", async () => {
    const mod = await emitAndLoad(ir, "member-clash");
    const Request = mod.TopkitFixtureMemberClashRequest as { prototype: object };
    const Info = (mod.TopkitFixtureMemberClashRequest as Record<string, { prototype: object }>).Info!;
    const code = tsExample(ir);
    const called = [...code.matchAll(/\b(req|obj\d+)\.(set\w+)\(/g)].map((m) => [m[1], m[2]] as const);
    // check, app_key, AppKey, info on the request and toJSON on the struct: five params, five distinct setters.
    expect(called.length).toBe(5);
    expect(new Set(called.map((c) => c.join("."))).size).toBe(5);
    for (const [target, setter] of called) {
      const proto = target === "req" ? Request.prototype : Info.prototype;
      expect(typeof (proto as Record<string, unknown>)[setter!], `${target}.${setter}`).toBe("function");
    }
  });
});
