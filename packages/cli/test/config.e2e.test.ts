import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const SECRET = "profile-Secret-7xQ";
let home: string;
let env: Record<string, string>;
const file = () => join(home, "topkit", "config.json");
const topkit = (args: string[], extra: Record<string, string> = {}, input = "") =>
  runCli(args, { ...env, ...extra }, input);

/** The app key and endpoint a dry run would use: where precedence shows. */
async function effective(args: string[] = [], extra: Record<string, string> = {}) {
  const run = await topkit(
    ["call", SEED, "--set", "req.type=1", "--set", "req.data=[]", "--dry-run", "-o", "json", "-q", ...args],
    extra,
  );
  expect(run.stderr).toBe("");
  const dry = JSON.parse(run.stdout) as { url: string; query: Record<string, string> };
  return { appKey: dry.query.app_key, url: dry.url, signMethod: dry.query.sign_method };
}

const DEFAULT_PROFILE = { appKey: "profile-key", appSecret: SECRET, endpoint: "http://127.0.0.1:7001/router/rest" };

/** Writes the config file directly (faster than three `config set` runs per test). */
function writeProfiles(profiles: Record<string, Record<string, string>>): void {
  mkdirSync(join(home, "topkit"), { recursive: true, mode: 0o700 });
  writeFileSync(file(), JSON.stringify({ profiles }), { mode: 0o600 });
}

beforeEach(() => {
  home = tempDir("config");
  env = cleanEnv(home);
  writeProfiles({ default: DEFAULT_PROFILE });
});

describe("the config file", () => {
  test("`config set` writes it under XDG_CONFIG_HOME, mode 0600 in a 0700 folder", async () => {
    home = tempDir("config-new");
    env = cleanEnv(home);
    await topkit(["config", "set", "app-key", "profile-key"]);
    await topkit(["config", "set", "app-secret", "-"], {}, `${SECRET}\n`);
    await topkit(["config", "set", "endpoint", "http://127.0.0.1:7001/router/rest"]);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, "topkit")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual({
      profiles: {
        default: { appKey: "profile-key", appSecret: SECRET, endpoint: "http://127.0.0.1:7001/router/rest" },
      },
    });
  });

  test("get and list never print the secret; a session shows its first 4 characters", async () => {
    await topkit(["config", "set", "session", "6100abcdefgh"]);
    const get = await topkit(["config", "get", "app-secret"]);
    expect(get.stdout).toBe("<set>\n");
    expect((await topkit(["config", "get", "session"])).stdout).toBe("6100…\n");
    expect((await topkit(["config", "get", "app-key"])).stdout).toBe("profile-key\n");
    const list = await topkit(["config", "list", "--output", "json"]);
    expect(JSON.parse(list.stdout)).toEqual([
      {
        profile: "default",
        current: true,
        "app-key": "profile-key",
        "app-secret": "<set>",
        session: "6100…",
        endpoint: "http://127.0.0.1:7001/router/rest",
        "sign-method": "",
      },
    ]);
    const table = await topkit(["config", "list"]);
    for (const out of [get, list, table]) expect(out.stdout + out.stderr).not.toContain(SECRET);
  });

  test("a secret given as an argument is saved but draws a warning", async () => {
    const run = await topkit(["config", "set", "app-secret", "other-secret"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: the app-secret is now in your shell history/);
  });

  test("bad values and keys are refused before anything is written", async () => {
    const before = readFileSync(file(), "utf8");
    const endpoint = await topkit(["config", "set", "endpoint", "ftp://x"]);
    const sign = await topkit(["config", "set", "sign-method", "sha1"]);
    const key = await topkit(["config", "set", "colour", "red"]);
    expect([endpoint.code, sign.code, key.code]).toEqual([2, 2, 2]);
    expect(endpoint.stderr).toMatch(/neither an http\(s\) URL nor one of production, overseas, sandbox/);
    expect(sign.stderr).toMatch(/unknown sign method "sha1"/);
    expect(readFileSync(file(), "utf8")).toBe(before);
  });

  test("a file others can read draws a warning; a broken one is an error naming it", async () => {
    chmodSync(file(), 0o644);
    expect((await topkit(["config", "get", "app-key"])).stderr).toMatch(/can be read by other users \(mode 644\)/);
    writeFileSync(file(), "{ nope");
    const run = await topkit(["config", "list"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`config file ${file()} is not valid JSON`);
  });

  test("unset removes a setting", async () => {
    await topkit(["config", "unset", "endpoint"]);
    expect(JSON.parse(readFileSync(file(), "utf8")).profiles.default.endpoint).toBeUndefined();
  });
});

describe("precedence: flags > environment > profile", () => {
  test("app key", async () => {
    expect((await effective()).appKey).toBe("profile-key");
    expect((await effective([], { TOP_APP_KEY: "env-key" })).appKey).toBe("env-key");
    expect((await effective(["--app-key", "flag-key"], { TOP_APP_KEY: "env-key" })).appKey).toBe("flag-key");
  });

  test("endpoint: --endpoint / --env > TOP_ENDPOINT > profile", async () => {
    expect((await effective()).url).toBe("http://127.0.0.1:7001/router/rest");
    expect((await effective([], { TOP_ENDPOINT: "sandbox" })).url).toBe("https://gw.api.tbsandbox.com/router/rest");
    expect((await effective(["--env", "overseas"], { TOP_ENDPOINT: "sandbox" })).url).toBe(
      "https://api.taobao.com/router/rest",
    );
    expect((await effective(["--endpoint", "http://127.0.0.1:7002/x"], { TOP_ENDPOINT: "sandbox" })).url).toBe(
      "http://127.0.0.1:7002/x",
    );
  });

  test("profiles: --profile > TOP_PROFILE > `config use` > default", async () => {
    writeProfiles({
      default: DEFAULT_PROFILE,
      test: { appKey: "test-key", appSecret: "test-secret", signMethod: "md5" },
      ci: { appKey: "ci-key", appSecret: "ci-secret" },
    });
    expect((await effective()).appKey).toBe("profile-key");
    expect(await effective(["--profile", "test"])).toMatchObject({ appKey: "test-key", signMethod: "md5" });
    expect((await effective([], { TOP_PROFILE: "ci" })).appKey).toBe("ci-key");
    expect((await effective(["--profile", "test"], { TOP_PROFILE: "ci" })).appKey).toBe("test-key");
    expect((await topkit(["config", "use", "ci"])).code).toBe(0);
    expect((await effective()).appKey).toBe("ci-key");
  });

  test("a profile that does not exist is an error, not an empty profile", async () => {
    const run = await topkit(["call", SEED, "--profile", "nope", "--set", "req.type=1", "--set", "req.data=[]"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no profile "nope"/);
    expect((await topkit(["config", "use", "nope"])).code).toBe(2);
  });

  test("--app-secret as a flag works, with a warning", async () => {
    const run = await topkit([
      "call",
      SEED,
      "--set",
      "req.type=1",
      "--set",
      "req.data=[]",
      "--dry-run",
      "--app-secret",
      "flag-secret",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: --app-secret puts the secret in your shell history/);
    expect(run.stdout + run.stderr).not.toContain("flag-secret");
  });
});
