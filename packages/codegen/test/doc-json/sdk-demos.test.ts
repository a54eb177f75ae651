import { describe, expect, test } from "vitest";
import { parseDocJson } from "../../src/parse/index.js";

// The endpoint's `sdkDemos` (samples per SDK language) is not in the corpus, so the parser takes the Java
// sample by what it says, whatever the key's shape. These shapes are guesses on purpose: any of them works.
const JAVA = `TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);
TaobaoDemoGetRequest req = new TaobaoDemoGetRequest();
req.setTid(1L);
TaobaoDemoGetResponse rsp = client.execute(req, sessionKey);
System.out.println(rsp.getBody());`;
const DOTNET = `ITopClient client = new DefaultTopClient(url, appkey, appsecret);
TaobaoDemoGetRequest req = new TaobaoDemoGetRequest();`;
const PHP = "$c = new TopClient;\n$req = new TaobaoDemoGetRequest;";

const docWith = (sdkDemos: unknown) =>
  JSON.stringify({
    name: "taobao.demo.get",
    apiChineseName: "示例",
    description: "示例",
    requestParams: [{ name: "tid", type: "Number", required: true, description: "交易编号" }],
    responseParams: [],
    ...(sdkDemos === undefined ? {} : { sdkDemos }),
  });
const javaOf = (sdkDemos: unknown) => parseDocJson(docWith(sdkDemos), { file: "demo.json" }).samples.requestJava;

describe("the endpoint's Java sample (sdkDemos) is kept in the IR", () => {
  test.each([
    [
      "a list of {language, code}",
      [
        { language: "C#", code: DOTNET },
        { language: "JAVA", code: JAVA },
      ],
    ],
    ["a map by language", { php: PHP, java: JAVA }],
    ["nested a level deeper", { demos: [{ lang: "java", content: { text: JAVA } }] }],
  ])("%s", (_shape, demos) => {
    expect(javaOf(demos)).toBe(JAVA);
  });

  test("no Java sample, or no sdkDemos at all: no requestJava (another language's sample is not taken)", () => {
    expect(
      javaOf([
        { language: "C#", code: DOTNET },
        { language: "PHP", code: PHP },
      ]),
    ).toBeUndefined();
    expect(javaOf(undefined)).toBeUndefined();
    expect(javaOf("not a list")).toBeUndefined();
  });
});
