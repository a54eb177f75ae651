import { afterAll, beforeAll, expect, test } from "vitest";
import { APP_KEY, APP_SECRET, startGateway, type TestGateway } from "./support/gateway.js";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const SESSION = "6100e2f7a9b3c4d5e6f70123";
const args = ["call", SEED, "--set", "req.type=1", "--set", "req.data=[]", "--session", SESSION, "--dry-run"];

let gateway: TestGateway;
let env: Record<string, string>;

beforeAll(async () => {
  gateway = await startGateway();
  env = cleanEnv(tempDir("dry"), { TOP_APP_KEY: APP_KEY, TOP_APP_SECRET: APP_SECRET, TOP_ENDPOINT: gateway.url });
});

afterAll(async () => {
  await gateway?.close();
});

test("--dry-run prints a curl line with the session shortened and no secret, and sends nothing", async () => {
  const before = gateway.requests.length;
  const run = await runCli(args, env);
  expect(run.code).toBe(0);
  expect(gateway.requests.length).toBe(before);
  const curl = run.stdout;
  expect(curl).toMatch(new RegExp(`^curl -X POST --compressed ${gateway.url.replaceAll(".", "\\.")} \\\\\n`));
  expect(curl).toContain(`--url-query method=${SEED}`);
  expect(curl).toContain(`--url-query app_key=${APP_KEY}`);
  expect(curl).toMatch(/--url-query 'timestamp=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d'/);
  expect(curl).toContain("--url-query 'session=6100…'");
  expect(curl).toMatch(/--url-query 'sign=[0-9A-F]{4}…'/);
  expect(curl).toContain(`--data-urlencode 'req={"type":1,"data":"[]"}'`);
  expect(curl).not.toContain(SESSION);
  expect(curl + run.stderr).not.toContain(APP_SECRET);
  expect(run.stderr).toMatch(/nothing was sent/);
});

test("--dry-run --output json gives the same request as data", async () => {
  const run = await runCli([...args, "--output", "json"], env);
  const dry = JSON.parse(run.stdout) as {
    method: string;
    url: string;
    query: Record<string, string>;
    body: Record<string, string>;
  };
  expect(dry.method).toBe("POST");
  expect(dry.url).toBe(gateway.url);
  expect(Object.keys(dry.query)).toEqual([
    "method",
    "app_key",
    "timestamp",
    "v",
    "sign_method",
    "format",
    "session",
    "sign",
  ]);
  expect(dry.query.session).toBe("6100…");
  expect(dry.body).toEqual({ req: '{"type":1,"data":"[]"}' });
});

test("a dry run still checks the params first (exit 2, nothing printed on stdout)", async () => {
  const run = await runCli(["call", SEED, "--set", "req.type=1", "--dry-run"], env);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/req\.data: required \(40\)/);
});

test("a dry run of a method the SDK lacks shows its params as given", async () => {
  const run = await runCli(["call", "taobao.topkit.unlisted.get", "--set", "a.b=1", "--dry-run", "--quiet"], env);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain(`--data-urlencode 'a={"b":"1"}'`);
});

test("a Number beyond the 64-bit range is refused by the SDK's check before anything is signed (41)", async () => {
  const run = await runCli(
    ["call", SEED, "--set", "req.type=9223372036854775808", "--set", "req.data=[]", "--dry-run"],
    env,
  );
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/req\.type: outside the 64-bit integer range .*\(41\)/);
});
