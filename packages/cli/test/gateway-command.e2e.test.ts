import { type ChildProcessByStdio, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { Readable } from "node:stream";
import { afterEach, expect, test } from "vitest";
import { BIN, cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const env = cleanEnv(tempDir("gateway"), { TOP_APP_KEY: "gw-key", TOP_APP_SECRET: "gw-Secret-5150" });
let child: ChildProcessByStdio<null, Readable, Readable> | undefined;
let childStderr = "";

afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

/** Starts `topkit gateway`, resolves with the URL it prints first. */
function startGatewayCommand(args: string[] = []): Promise<string> {
  child = spawn(process.execPath, [BIN, "gateway", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  const proc = child;
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    proc.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    proc.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d;
      childStderr += d;
    });
    proc.on("close", (code) => reject(new Error(`topkit gateway exited ${code}: ${err}`)));
  });
}

test("`topkit gateway` prints its URL, answers the seed call, and stops cleanly on SIGTERM", async () => {
  const url = await startGatewayCommand();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/router\/rest$/);
  const seed = ["call", SEED, "--endpoint", url, "--set", "req.type=1", "--set", "req.data=[]", "--session", "s-1234"];
  const run = await runCli([...seed, "--query", "result.code"], env);
  expect([run.code, run.stdout]).toEqual([0, '"success"\n']);
  const bad = await runCli([...seed, "--app-secret", "wrong", "-q"], env);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/error 25/);
  // The gateway shows each request it answered on stderr (it polls its request list).
  await expect
    .poll(() => childStderr, { timeout: 5_000 })
    .toMatch(new RegExp(`POST ${SEED.replaceAll(".", "\\.")} -> 200 error 25`));
  expect(childStderr).toMatch(new RegExp(`POST ${SEED.replaceAll(".", "\\.")} -> 200\n`));
  const exited = new Promise<number | null>((resolve) => child!.on("exit", resolve));
  child!.kill("SIGTERM");
  expect(await exited).toBe(0);
});

test("a port that is taken is a usage error naming it", async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const run = await runCli(["gateway", "--port", String(port)], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot listen on port ${port}: EADDRINUSE`);
  } finally {
    taken.close();
  }
});

test("`topkit gateway --app-per-second 2 --ban-seconds 5` answers code 7 once the app goes over, with TOP's sub_msg", async () => {
  const { DefaultTaobaoClient } = await import("@topkit/sdk");
  const url = await startGatewayCommand(["--app-per-second", "2", "--ban-seconds", "5", "-q"]);
  const client = new DefaultTaobaoClient(url, "gw-key", "gw-Secret-5150", { retries: 0 });
  try {
    const params = { req: { type: 1, data: "[]" } };
    const answers = await Promise.all([1, 2, 3].map(() => client.call(SEED, params, "s-1234")));
    const limited = answers.filter((a) => "error_response" in a);
    expect(limited).toEqual([
      {
        error_response: expect.objectContaining({
          code: 7,
          sub_code: "accesscontrol.limited-by-app-access-count",
          sub_msg: "This ban will last for 5 more seconds",
        }),
      },
    ]);
  } finally {
    await client.close();
  }
});

test("flow-control flags that make no sense are usage errors naming the flag", async () => {
  const bad = await runCli(["gateway", "--api-per-second", "taobao.x"], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--api-per-second "taobao.x": expected <method>=<calls per second>');
  const zero = await runCli(["gateway", "--app-per-second", "0"], env);
  expect(zero.code).toBe(2);
  expect(zero.stderr).toContain("--app-per-second");
  const lonely = await runCli(["gateway", "--ban-seconds", "3"], env);
  expect(lonely.code).toBe(2);
  expect(lonely.stderr).toContain("--ban-seconds needs a limit to enforce");
});
