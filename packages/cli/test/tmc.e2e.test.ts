import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { createLocalTmc, type LocalTmc } from "@topkit/sdk/testing";
import { afterEach, expect, test } from "vitest";
import { BIN, cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const APP_KEY = "tmc-key";
const SECRET = "tmc-Secret-8080";
const env = cleanEnv(tempDir("tmc"), { TOP_APP_KEY: APP_KEY, TOP_APP_SECRET: SECRET });

let child: ChildProcessByStdio<null, Readable, Readable> | undefined;
let tmc: LocalTmc | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await tmc?.close();
  tmc = undefined;
});

/** Starts a long-running `topkit` command; `lines()` is its stdout so far, `stderr()` its stderr. */
function start(args: string[], extraEnv: Record<string, string> = {}) {
  const proc = spawn(process.execPath, [BIN, ...args], {
    env: { ...env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  let out = "";
  let err = "";
  proc.stdout.setEncoding("utf8").on("data", (d: string) => {
    out += d;
  });
  proc.stderr.setEncoding("utf8").on("data", (d: string) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => proc.on("exit", resolve));
  return { proc, exited, lines: () => out.split("\n").filter(Boolean), stdout: () => out, stderr: () => err };
}

test("`topkit tmc listen` prints exactly the published messages, in order per topic; Ctrl-C drains and exits 130", async () => {
  tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET });
  const listen = start(["tmc", "listen", "--url", tmc.url]);
  await expect.poll(listen.stderr, { timeout: 20_000 }).toContain("listening on");
  const topics = ["taobao_trade_TradeCreate", "taobao_refund_RefundCreate", "taobao_item_ItemUpdate"];
  const expected: string[] = [];
  // One message through `topkit tmc publish` (another process, the signed POST /publish), the rest directly.
  const pub = await runCli(
    [
      "tmc",
      "publish",
      topics[0]!,
      "--json",
      '{"tid":4611686018427387905123,"payment":"9.90"}',
      "--url",
      tmc.url,
      "--user-id",
      "9007199254740993",
      "--user-nick",
      "小店",
    ],
    env,
  );
  expect(pub.stderr).toBe("");
  expect(pub.code).toBe(0);
  expected.push(
    `{"id":${pub.stdout.trim()},"topic":"${topics[0]}","user_id":9007199254740993,"user_nick":"小店","pub_time":"PUB","content":{"tid":4611686018427387905123,"payment":"9.90"}}`,
  );
  for (let i = 0; i < 300; i++) {
    const topic = topics[i % 3]!;
    const id = tmc.publish(topic, `{"tid":${1234567890123456789n + BigInt(i)},"n":${i}}`);
    expected.push(
      `{"id":${id},"topic":"${topic}","pub_time":"PUB","content":{"tid":${1234567890123456789n + BigInt(i)},"n":${i}}}`,
    );
  }
  await tmc.allConfirmed(20_000);
  await expect.poll(() => listen.lines().length, { timeout: 10_000 }).toBe(301);
  const got = listen.lines().map((l) => l.replace(/"pub_time":"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"/, '"pub_time":"PUB"'));
  // Exactly these lines; per topic in publish order (one connection, one handler at a time: all in order).
  expect(got).toEqual(expected);
  for (const t of topics) expect(got.filter((l) => l.includes(t))).toEqual(expected.filter((l) => l.includes(t)));
  listen.proc.kill("SIGINT");
  expect(await listen.exited).toBe(130);
  expect(listen.stderr()).toContain("interrupted: 301 messages printed and confirmed");
  expect(listen.stderr()).not.toContain(SECRET);
  expect(tmc.stats()).toMatchObject({ confirmed: 301, redelivered: 0, connections: 0 });
});

test("--topics prints only those topics and leaves the others unconfirmed", async () => {
  tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET, redeliverAfterMs: 60_000 });
  const listen = start(["tmc", "listen", "--url", tmc.url, "--topics", "a,b", "--group", "cli"]);
  await expect.poll(listen.stderr, { timeout: 20_000 }).toContain("group cli");
  const a = tmc.publish("a", "{}", { group: "cli" });
  const c = tmc.publish("c", "{}", { group: "cli" });
  const b = tmc.publish("b", "{}", { group: "cli" });
  await expect.poll(() => listen.lines().length, { timeout: 10_000 }).toBe(2);
  expect(listen.lines().map((l) => JSON.parse(l).topic)).toEqual(["a", "b"]);
  await expect.poll(() => tmc!.confirmed.size, { timeout: 5_000 }).toBe(2);
  expect([tmc.confirmed.has(a), tmc.confirmed.has(b), tmc.confirmed.has(c)]).toEqual([true, true, false]);
  expect(listen.stderr()).toContain("skipping topic c: not in --topics, left unconfirmed");
  listen.proc.kill("SIGINT");
  expect(await listen.exited).toBe(130);
});

test("a wrong secret: exit 2 with TMC's refusal and a hint, the secret never printed", async () => {
  tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET });
  const run = await runCli(["tmc", "listen", "--url", tmc.url], { ...env, TOP_APP_SECRET: "not-the-Secret-1" });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`TMC refused app key ${APP_KEY}, group "default": 401 invalid sign`);
  expect(run.stderr).toContain("hint: check --app-key");
  expect(run.stderr).not.toContain("not-the-Secret-1");
  const bad = await runCli(["tmc", "publish", "t", "--json", "{nope", "--url", tmc.url], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--json is not JSON");
});

test("`topkit gateway --tmc` prints the TMC URL second; publish and listen work against it", async () => {
  const gw = start(["gateway", "--tmc"]);
  await expect.poll(() => gw.lines().length, { timeout: 20_000 }).toBe(2);
  const [http, ws] = gw.lines();
  expect(http).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/router\/rest$/);
  expect(ws).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/$/);
  const pub = await runCli(["tmc", "publish", "taobao_trade_TradeCreate", "--json", '{"tid":1}', "--url", ws!], env);
  expect(pub.code).toBe(0);
  const gwChild = child!;
  const listen = start(["tmc", "listen", "--url", ws!]);
  await expect.poll(() => listen.lines().length, { timeout: 20_000 }).toBe(1);
  expect(JSON.parse(listen.lines()[0]!)).toMatchObject({ topic: "taobao_trade_TradeCreate", content: { tid: 1 } });
  expect(listen.lines()[0]).toContain(`"id":${pub.stdout.trim()},`);
  listen.proc.kill("SIGINT");
  expect(await listen.exited).toBe(130);
  gwChild.kill("SIGTERM");
  expect(await new Promise((r) => (gwChild.exitCode !== null ? r(gwChild.exitCode) : gwChild.on("exit", r)))).toBe(0);
});
