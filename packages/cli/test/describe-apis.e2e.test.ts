import { beforeAll, expect, test } from "vitest";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
let env: Record<string, string>;

beforeAll(() => {
  env = cleanEnv(tempDir("describe"));
});

test("apis lists the whole catalogue, sorted: method, 中文名, category", async () => {
  const run = await runCli(["apis", "--output", "json"], env);
  expect(run.code).toBe(0);
  const rows = JSON.parse(run.stdout) as { method: string; title: string; category: string }[];
  expect(rows).toHaveLength(5313);
  expect(rows.map((r) => r.method)).toEqual(rows.map((r) => r.method).sort());
  expect(rows).toContainEqual({ method: SEED, title: "外投统计数据回流接口", category: "天猫好房用户API" });
});

test("apis --search matches every word against method, title and category; no match is an empty list", async () => {
  const hit = await runCli(["apis", "--search", "好房 flow", "--output", "json"], env);
  expect(JSON.parse(hit.stdout)).toEqual([
    { method: SEED, title: "外投统计数据回流接口", category: "天猫好房用户API" },
  ]);
  const trade = await runCli(["apis", "--search", "trade fullinfo", "--output", "json"], env);
  expect((JSON.parse(trade.stdout) as { method: string }[]).map((r) => r.method)).toContain(
    "taobao.trade.fullinfo.get",
  );
  const miss = await runCli(["apis", "--search", "nosuchword", "--output", "json"], env);
  expect([miss.code, miss.stdout]).toEqual([0, "[]\n"]);
  expect(miss.stderr).toMatch(/no API matches "nosuchword" among the 5313/);
});

test("describe prints the request and response trees and a ready-to-edit call line", async () => {
  const run = await runCli(["describe", SEED], env);
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines.slice(0, 3)).toEqual([
    SEED,
    "外投统计数据回流接口 · 天猫好房用户API · needs a user session",
    "https://open.taobao.com/api.htm?docId=62170&docType=2",
  ]);
  expect(run.stdout).toMatch(/^ {2}req {9}CustomerClueOutInvestDataBackFlowReq {2}required {2}入参$/m);
  expect(run.stdout).toMatch(
    /^ {4}req\.type {2}Number {32}required {2}类型 1\.经纪人 2\. 门店 3\.城市 {2}example: 1$/m,
  );
  expect(run.stdout).toMatch(/^ {4}req\.data .*example: \[\{"id":64,"store_id":3,.*…$/m);
  expect(run.stdout).toMatch(/^ {4}result\.code {5}String {2}返回码 {2}example: success$/m);
  expect(run.stdout).toContain(
    `  topkit call ${SEED} \\\n    --set req.type=1 \\\n    --set 'req.data=[{"id":64,"store_id":3,`,
  );
  expect(run.stdout).toMatch(/"updateTime":"2022-03-31 21:23:12"\}\]' \\\n {4}--session '<session>'\n$/);
});

test("the call line from describe runs as is (minus the session placeholder) in a dry run", async () => {
  const json = await runCli(["describe", SEED, "--output", "json", "--query", "example", "--output", "raw"], env);
  const words = json.stdout.replace(/ \\\n\s+/g, " ").trim();
  const sets = [...words.matchAll(/--set (?:'([^']*)'|(\S+))/g)].map((m) => m[1] ?? m[2]!);
  const run = await runCli(["call", SEED, ...sets.flatMap((s) => ["--set", s]), "--dry-run", "-q"], {
    ...env,
    TOP_APP_KEY: "k",
    TOP_APP_SECRET: "s",
    TOP_ENDPOINT: "http://127.0.0.1:9/router/rest",
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`--data-urlencode 'req={"type":1,"data":"[{\\"id\\":64,`);
});

test("describe --output json: params flattened by path with type, required, limits, example", async () => {
  const run = await runCli(["describe", SEED, "--output", "json", "--query", "request"], env);
  const rows = JSON.parse(run.stdout) as { path: string; type: string; required: boolean; example?: string }[];
  expect(rows.map((r) => [r.path, r.type, r.required])).toEqual([
    ["req", "CustomerClueOutInvestDataBackFlowReq", true],
    ["req.type", "Number", true],
    ["req.data", "String", true],
  ]);
  expect(rows[1]).toMatchObject({ depth: 1, limits: "", example: "1", description: "类型 1.经纪人 2. 门店 3.城市" });
});

test("describe --typescript adds the SDK code; an unknown method is exit 2 with a way forward", async () => {
  const ts = await runCli(["describe", SEED, "--typescript"], env);
  expect(ts.stdout).toContain("  const req = new TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest();");
  const unknown = await runCli(["describe", "tmall.alihouse.customer.nope"], env);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/no API "tmall\.alihouse\.customer\.nope" among the 5313 @topkit\/sdk ships/);
  expect(unknown.stderr).toMatch(/did you mean tmall\.alihouse\.customer\.clue/);
});
