import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { paramAt, parsePage, seedText, shared } from "./support/corpus.js";
import { excerpt } from "./support/excerpt.js";

const parse = (text: string) => parsePageText(text, { file: "excerpt.txt" });

/** Request rows of alibaba.idle.new.house.item.add (copied, shortened): a struct row without └ inside a struct. */
const houseRows = [
  "house_publish_api_dto HousePublishApiDTO 必须 房源发布参数",
  ...["└ video_id", "String", "可选", "视频id", "视频id"],
  ...["address_info", "HouseAddressInfo", "必须", "小区信息", "小区信息"],
  ...["└ lng", "String", "可选", "120.023171", "高德经度"],
  ...["└ unique_house_id", "String", "必须", "123", "房源ID"],
].map((cell, i) => (i === 0 ? cell : `  • ${cell}`));

const houseJava = (where: "dto" | "address") => [
  "TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);",
  "AlibabaIdleNewHouseItemAddRequest req = new AlibabaIdleNewHouseItemAddRequest();",
  "AlibabaIdleNewHouseItemAddRequest.HousePublishApiDTO obj1 = new AlibabaIdleNewHouseItemAddRequest.HousePublishApiDTO();",
  'obj1.setVideoId("视频id");',
  "AlibabaIdleNewHouseItemAddRequest.HouseAddressInfo obj2 = new AlibabaIdleNewHouseItemAddRequest.HouseAddressInfo();",
  'obj2.setLng("120.023171");',
  `${where === "dto" ? "obj1" : "obj2"}.setUniqueHouseId("123");`,
  "obj1.setAddressInfo(obj2);",
  "req.setHousePublishApiDto(obj1);",
  "AlibabaIdleNewHouseItemAddResponse rsp = client.execute(req, sessionKey);",
  "System.out.println(rsp.getBody());",
];

describe("the Java request sample", () => {
  test("execute(req, sessionKey) sets needsSession; the seed's struct tree is confirmed without warnings", () => {
    const ir = parse(seedText());
    expect(ir.needsSession).toBe(true);
    expect(ir.warnings).toBeUndefined();
  });

  test("setter calls on objN decide which struct a └ row after a nested struct belongs to", () => {
    const underDto = parse(excerpt({ request: houseRows, java: houseJava("dto") }));
    expect(paramAt(underDto.request, "house_publish_api_dto.unique_house_id")).toMatchObject({ required: true });
    expect(underDto.warnings).toBeUndefined();
    const underAddress = parse(excerpt({ request: houseRows, java: houseJava("address") }));
    expect(paramAt(underAddress.request, "house_publish_api_dto.address_info.unique_house_id")).toBeDefined();
    expect(underAddress.warnings).toBeUndefined();
  });

  test("without a sample the same rows are read under the nearest struct, and the doubt reported", () => {
    const ir = parse(excerpt({ request: houseRows }));
    expect(paramAt(ir.request, "house_publish_api_dto.address_info.unique_house_id")).toBeDefined();
    expect(ir.warnings).toEqual([
      "request: house_publish_api_dto.address_info: the page does not show where its fields end; unique_house_id read as its fields (nearest struct row above), but may belong to house_publish_api_dto",
    ]);
  });

  test("a struct the sample builds from another class than the type column names is reported", () => {
    const java = houseJava("dto").map((l) => l.replaceAll(".HouseAddressInfo", ".AddressInfo"));
    const ir = parse(excerpt({ request: houseRows, java }));
    expect(ir.warnings).toContain(
      "request: house_publish_api_dto.address_info: the Java sample builds it as AddressInfo, the table types it HouseAddressInfo",
    );
  });

  test("lists of structs: List<…> listN, listN.add(objM), objK.setItems(listN)", () => {
    const rows = [
      "order Order 必须 订单",
      "  • items",
      "  • Item []",
      "  • 必须",
      "  • 商品",
      "  • └ sku",
      "  • String",
      "  • 必须",
      "  • a",
      "  • 规格",
      "  • └ memo",
      "  • String",
      "  • 可选",
      "  • b",
      "  • 备注",
    ];
    const java = [
      "TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);",
      "TaobaoDemoGetRequest req = new TaobaoDemoGetRequest();",
      "TaobaoDemoGetRequest.Order obj1 = new TaobaoDemoGetRequest.Order();",
      "List<TaobaoDemoGetRequest.Item> list2 = new ArrayList<TaobaoDemoGetRequest.Item>();",
      "TaobaoDemoGetRequest.Item obj3 = new TaobaoDemoGetRequest.Item();",
      "list2.add(obj3);",
      'obj3.setSku("a");',
      "obj1.setItems(list2);",
      'obj1.setMemo("b");',
      "req.setOrder(obj1);",
      "TaobaoDemoGetResponse rsp = client.execute(req);",
    ];
    const ir = parse(excerpt({ request: rows, java }));
    expect(paramAt(ir.request, "order.items.sku")).toBeDefined();
    expect(paramAt(ir.request, "order.memo")).toBeDefined();
    expect(ir.needsSession).toBe(false);
    expect(ir.warnings).toBeUndefined();
  });

  test("new FileItem(…) confirms a file param; on a non-file type it is reported", () => {
    const java = (setter: string) => [
      "TaobaoClient client = new DefaultTaobaoClient(url, appkey, secret);",
      "TaobaoDemoGetRequest req = new TaobaoDemoGetRequest();",
      `req.${setter}(new FileItem("/tmp/file.txt"));`,
      "TaobaoDemoGetResponse rsp = client.execute(req);",
    ];
    const ok = parse(excerpt({ request: ["image byte[] 必须 [1,2,3] 图片"], java: java("setImage") }));
    expect(paramAt(ok.request, "image")?.type).toBe("file");
    expect(ok.warnings).toBeUndefined();
    const odd = parse(excerpt({ request: ["image String 必须 abc 图片"], java: java("setImage") }));
    expect(odd.warnings).toEqual(["request: image: the Java sample sends a FileItem, the table types it String"]);
  });
});

describe.skipIf(!shared)("the Java request sample on real pages", () => {
  test("execute(req) without a session key; FileItem on a byte[] param", () => {
    const ir = parsePage("tmall.traceplatform.ticket.picture.upload", false);
    expect(ir.needsSession).toBe(false);
    expect(paramAt(ir.request, "file")).toMatchObject({ type: "file", required: true });
    expect(ir.samples.requestJava).toContain('req.setFile(new FileItem("/tmp/file.txt"));');
    expect(ir.warnings).toBeUndefined();
  });

  test("new X.Foo() with setter calls on obj1 and req.setX(obj1) match the table's tree", () => {
    const ir = parsePage("tmall.alihouse.customer.laike.data.back");
    expect(paramAt(ir.request, "app_data_back_flow_query")).toMatchObject({ structName: "AppDataBackFlowQuery" });
    expect(paramAt(ir.request, "app_data_back_flow_query")?.children.map((c) => c.name)).toEqual([
      "biz_type",
      "data_type",
      "msg_info",
    ]);
    expect(ir.needsSession).toBe(false);
    expect(ir.warnings).toBeUndefined();
  });
});
