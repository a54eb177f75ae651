import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { APP_KEY, APP_SECRET, startGateway, type TestGateway } from "./support/gateway.js";
import { type CliRun, cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const SESSION = "6100e2f7a9b3c4d5e6f70123";
const ok = ["--set", "req.type=1", "--set", "req.data=[]", "--session", SESSION];

let gateway: TestGateway;
let withEnv: Record<string, string>;
let withProfile: Record<string, string>;

beforeAll(async () => {
  gateway = await startGateway();
  withEnv = cleanEnv(tempDir("secret-env"), {
    TOP_APP_KEY: APP_KEY,
    TOP_APP_SECRET: APP_SECRET,
    TOP_ENDPOINT: gateway.url,
  });
  const home = tempDir("secret-profile");
  mkdirSync(join(home, "topkit"), { recursive: true });
  writeFileSync(
    join(home, "topkit", "config.json"),
    JSON.stringify({
      profiles: { default: { appKey: APP_KEY, appSecret: APP_SECRET, session: SESSION, endpoint: gateway.url } },
    }),
    { mode: 0o600 },
  );
  withProfile = cleanEnv(home);
});

afterAll(async () => {
  await gateway?.close();
});

/** Every way the CLI talks, with the secret in the environment or in the profile. */
const cases: [string, () => [string[], Record<string, string>]][] = [
  ["a successful call, verbose", () => [["call", SEED, ...ok, "--verbose"], withEnv]],
  ["an error_response, verbose", () => [["call", SEED, ...ok, "--verbose", "--app-key", "other-app"], withEnv]],
  ["a dry run", () => [["call", SEED, ...ok, "--dry-run"], withEnv]],
  ["a dry run as JSON", () => [["call", SEED, ...ok, "--dry-run", "-o", "json"], withEnv]],
  ["a rule error", () => [["call", SEED, "--set", "req.type=x"], withEnv]],
  [
    "a connection error",
    () => [["call", SEED, ...ok, "--endpoint", "http://127.0.0.1:9/router/rest", "--retries", "0"], withEnv],
  ],
  ["an HTTP error", () => [["call", SEED, ...ok, "--endpoint", gateway.url.replace("router/rest", "x")], withEnv]],
  ["an untyped call, verbose", () => [["call", "taobao.topkit.unlisted.get", "--verbose"], withEnv]],
  [
    "the secret passed as a flag",
    () => [
      ["call", SEED, ...ok, "--app-secret", APP_SECRET, "--verbose"],
      cleanEnv(tempDir("flag"), { TOP_APP_KEY: APP_KEY, TOP_ENDPOINT: gateway.url }),
    ],
  ],
  [
    "a call with the profile's secret",
    () => [["call", SEED, "--set", "req.type=1", "--set", "req.data=[]", "--verbose"], withProfile],
  ],
  [
    "regression: the secret inside a business value, dry run",
    () => [["call", "taobao.time.get", "--set", `note=pasted ${APP_SECRET}`, "--dry-run"], withEnv],
  ],
  [
    "regression: the secret inside a business value, verbose",
    () => [["call", "taobao.time.get", "--set", `note=${APP_SECRET}`, "--verbose"], withEnv],
  ],
  ["config list", () => [["config", "list", "-o", "json"], withProfile]],
  ["config get", () => [["config", "get", "app-secret"], withProfile]],
  ["sign", () => [["sign", "method=x", `note=${APP_SECRET}`], withProfile]],
];

test.each(cases)("the secret appears nowhere: %s", async (_name, make) => {
  const [args, env] = make();
  const run: CliRun = await runCli(args, env);
  expect(run.stdout + run.stderr).not.toContain(APP_SECRET);
  expect(run.stdout + run.stderr).not.toContain(SESSION);
});

test("--verbose shows the request as the SDK redacts it: session and sign cut to 4 characters", async () => {
  const run = await runCli(["call", SEED, ...ok, "--verbose"], withEnv);
  expect(run.stderr).toMatch(/^> POST 127\.0\.0\.1:\d+\/router\/rest$/m);
  expect(run.stderr).toContain(">   session=6100…");
  expect(run.stderr).toMatch(/^> {3}sign=[0-9A-F]{4}…$/m);
  expect(run.stderr).toMatch(/^< HTTP 200, \d+ bytes in \d+ ms$/m);
});
