import { createLocalGateway, type LocalGateway } from "@topkit/sdk/testing";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { APP_KEY, APP_SECRET } from "./support/gateway.js";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const args = ["call", SEED, "--set", "req.type=1", "--set", "req.data=[]", "--session", "s-1234", "--retries", "0"];
let gateway: LocalGateway;
let env: Record<string, string>;

beforeAll(async () => {
  gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: APP_SECRET });
  env = cleanEnv(tempDir("faults"), { TOP_APP_KEY: APP_KEY, TOP_APP_SECRET: APP_SECRET, TOP_ENDPOINT: gateway.url });
});

afterEach(() => {
  gateway.clearFaults();
});

afterAll(async () => {
  await gateway?.close();
});

test("exit 1 shows sub_code and sub_msg of a business error", async () => {
  gateway.inject({
    kind: "error",
    code: 15,
    msg: "Remote service error",
    subCode: "isv.invalid-parameter",
    subMsg: "非法参数",
  });
  const run = await runCli(args, env);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^ {2}sub_code +isv\.invalid-parameter$/m);
  expect(run.stderr).toMatch(/^ {2}sub_msg +非法参数$/m);
});

test("an isp.* failure is retried by the SDK and succeeds (the CLI keeps the SDK's retry policy)", async () => {
  gateway.inject({ kind: "isp" }, { times: 1 });
  const run = await runCli([...args.slice(0, -2), "--retries", "1", "--query", "result.code"], env);
  expect([run.code, run.stdout]).toEqual([0, '"success"\n']);
});

test("exit 3 for an HTTP error page, a body cut short, a reset connection", async () => {
  gateway.inject({ kind: "http", status: 502 });
  const http = await runCli(args, env);
  expect([http.code, http.stderr]).toEqual([3, expect.stringMatching(/HTTP 502/)]);
  gateway.clearFaults();
  gateway.inject({ kind: "malformed" });
  const cut = await runCli(args, env);
  expect([cut.code, cut.stderr]).toEqual([3, expect.stringMatching(/is not a TOP response \(not JSON or XML/)]);
  gateway.clearFaults();
  gateway.inject({ kind: "reset" });
  const reset = await runCli(args, env);
  expect(reset.code).toBe(3);
});

test("a gzip answer reads the same", async () => {
  gateway.inject({ kind: "gzip" });
  const run = await runCli([...args, "--query", "result.msg", "--output", "raw"], env);
  expect([run.code, run.stdout]).toEqual([0, "成功\n"]);
});

test("regression: false success — an HTML page or {} on HTTP 200 exits 3 instead of printing {} with exit 0", async () => {
  const { createServer } = await import("node:http");
  let body = "";
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/html" }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const address = server.address() as { port: number };
    const hostile = { ...env, TOP_ENDPOINT: `http://127.0.0.1:${address.port}/router/rest` };
    for (const [answer, said] of [
      ["<!DOCTYPE html><html><body>请登录</body></html>", /is not a TOP response .*content-type text\/html/],
      ["{}", /is not a TOP response \(expected only "tmall_alihouse_.*_response", got an empty object/],
    ] as const) {
      body = answer;
      for (const call of [args, ["call", "x.y", "--retries", "0"]]) {
        const run = await runCli(call, hostile);
        expect([run.code, run.stdout]).toEqual([3, ""]);
        expect(run.stderr).toMatch(call === args ? said : /is not a TOP response/);
      }
    }
  } finally {
    server.close();
  }
});
