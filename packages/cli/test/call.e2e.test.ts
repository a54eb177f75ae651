import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APP_KEY, APP_SECRET, startGateway, type TestGateway } from "./support/gateway.js";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const SUCCESS = { code: "success", msg: "成功", success: "true" };

let gateway: TestGateway;
let dir: string;
let env: Record<string, string>;
const lastRequest = () => gateway.requests[gateway.requests.length - 1];
const seedArgs = ["call", SEED, "--set", "req.type=1", "--set", 'req.data=[{"id":64}]', "--session", "sess-12345678"];

beforeAll(async () => {
  gateway = await startGateway();
  dir = tempDir("call");
  env = cleanEnv(dir, { TOP_APP_KEY: APP_KEY, TOP_APP_SECRET: APP_SECRET, TOP_ENDPOINT: gateway.url });
});

afterAll(async () => {
  await gateway?.close();
});

describe("the seed call against the local gateway", () => {
  test("via --set: exit 0, the typed result as JSON on stdout, nothing on stderr", async () => {
    const run = await runCli(seedArgs, env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { result: unknown; request_id: string };
    expect(result.result).toEqual(SUCCESS);
    expect(typeof result.request_id).toBe("string");
    expect(lastRequest()?.params.req).toBe('{"type":1,"data":"[{\\"id\\":64}]"}');
  });

  test("via --json @file: the same params on the wire", async () => {
    const file = join(dir, "params.json");
    writeFileSync(file, JSON.stringify({ req: { type: 1, data: '[{"id":64}]' } }));
    const run = await runCli(["call", SEED, "--json", `@${file}`, "--session", "sess-12345678"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).result).toEqual(SUCCESS);
    expect(lastRequest()?.params.req).toBe('{"type":1,"data":"[{\\"id\\":64}]"}');
  });

  test("a value from @file and the whole --json from stdin (@-); --set wins over --json", async () => {
    const data = join(dir, "data.json");
    writeFileSync(data, '[{"id":65}]\n');
    const run = await runCli(
      ["call", SEED, "--json", "@-", "--set", `req.data=@${data}`, "--session", "sess-12345678"],
      env,
      '{"req":{"type":2,"data":"replaced"}}',
    );
    expect(run.code).toBe(0);
    expect(lastRequest()?.params.req).toBe('{"type":2,"data":"[{\\"id\\":65}]"}');
  });

  test("--query picks a member (JSON), --output raw prints it bare", async () => {
    const json = await runCli([...seedArgs, "--query", "result.code"], env);
    expect(json.stdout).toBe('"success"\n');
    const raw = await runCli([...seedArgs, "--query", "result.msg", "--output", "raw"], env);
    expect(raw.stdout).toBe("成功\n");
  });

  test("--query that selects nothing prints null and says so on stderr", async () => {
    const run = await runCli([...seedArgs, "--query", "result.nope"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("null\n");
    expect(run.stderr).toMatch(/--query result.nope selected nothing/);
  });

  test("--output raw prints the body exactly as TOP sent it", async () => {
    const run = await runCli([...seedArgs, "--output", "raw"], env);
    expect(run.stdout).toMatch(new RegExp(`^\\{"${SEED.replaceAll(".", "_")}_response":\\{"result":`));
  });

  test("--output table (snapshot)", async () => {
    const run = await runCli([...seedArgs, "--output", "table", "--query", "result"], env);
    expect(run.stdout).toBe(
      ["field   | value", "------- | -------", "code    | success", "msg     | 成功", "success | true", ""].join("\n"),
    );
  });

  test("--format xml: the same typed result, read through the IR", async () => {
    const run = await runCli([...seedArgs, "--format", "xml", "--query", "result"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(SUCCESS);
    expect(lastRequest()?.params.format).toBe("xml");
  });

  test("an API that needs a session warns when none is given", async () => {
    const run = await runCli(["call", SEED, "--set", "req.type=1", "--set", "req.data=[]"], env);
    expect(run.stderr).toMatch(/needs a user session/);
  });
});

describe("exit codes", () => {
  test("1: TOP's error_response, with code, msg and request_id on stderr, nothing on stdout", async () => {
    const run = await runCli(seedArgs, { ...env, TOP_APP_SECRET: "not-the-secret" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/error: TOP answered with error 25/);
    expect(run.stderr).toMatch(/^ {2}code +25$/m);
    expect(run.stderr).toMatch(/^ {2}msg +\S/m);
    expect(run.stderr).toMatch(/^ {2}request_id +\S+$/m);
  });

  test("2: a required param missing: which one and the code, and nothing is sent", async () => {
    const before = gateway.requests.length;
    const run = await runCli(["call", SEED, "--set", "req.type=1"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: req\.data: required \(40\)/);
    expect(gateway.requests.length).toBe(before);
  });

  test("2: a value of the wrong type: which param and what was expected (41)", async () => {
    const run = await runCli(["call", SEED, "--set", "req.type=one", "--set", "req.data=[]"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: req\.type: expected an integer .*\(41\)/);
  });

  test("2: usage: an unknown param, bad --json, an unknown option, a bad --query", async () => {
    const unknown = await runCli(["call", SEED, "--set", "req.typo=1"], env);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringMatching(/unknown param "req.typo".*\n.*req\.type, req\.data/),
    ]);
    const badJson = await runCli(["call", SEED, "--json", "{req:"], env);
    expect([badJson.code, badJson.stderr]).toEqual([2, expect.stringMatching(/--json: not valid JSON/)]);
    const option = await runCli(["call", SEED, "--bogus"], env);
    expect([option.code, option.stderr]).toEqual([2, expect.stringMatching(/unknown option '--bogus'/)]);
    const query = await runCli([...seedArgs, "--query", "a..b"], env);
    expect([query.code, query.stderr]).toEqual([2, expect.stringMatching(/--query "a\.\.b"/)]);
  });

  test("2: no credentials says how to provide them", async () => {
    const run = await runCli(seedArgs, cleanEnv(dir, { TOP_ENDPOINT: gateway.url }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: no app key\nhint: .*TOP_APP_KEY.*topkit config set app-key/);
  });

  test("3: nothing listens at the endpoint", async () => {
    const run = await runCli([...seedArgs, "--endpoint", "http://127.0.0.1:9/router/rest", "--retries", "0"], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/ECONNREFUSED/);
  });

  test("3: the endpoint answers HTTP 404", async () => {
    const run = await runCli([...seedArgs, "--endpoint", gateway.url.replace("/router/rest", "/nope")], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/HTTP 404/);
  });
});

test("a method the SDK does not ship goes through call() with a warning", async () => {
  const run = await runCli(["call", "taobao.topkit.unlisted.get", "--set", "x=1"], env);
  expect(run.stderr).toMatch(/warning: taobao\.topkit\.unlisted\.get is not among the APIs @topkit\/sdk ships/);
  expect(lastRequest()?.apiMethod).toBe("taobao.topkit.unlisted.get");
  expect(lastRequest()?.params.x).toBe("1");
  expect(run.code).toBe(1);
});
