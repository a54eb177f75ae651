import { describe, expect, test } from "vitest";
import { curlLine } from "../src/examples/curl-line.js";
import { wireExampleParams } from "../src/examples/wire-example.js";
import { irOf } from "./support/ir-builders.js";
import { seedIr } from "./support/seed.js";
import { shellArgv } from "./support/shell-argv.js";

const argvOf = (line: string) => shellArgv(line, "curl");

describe("curlLine()", () => {
  test("the seed: system params in the query, the example's `req` as a form field", () => {
    const ir = seedIr();
    const argv = argvOf(curlLine(ir));
    expect(argv.slice(0, 2)).toEqual(["-X", "POST"]);
    const url = new URL(argv[2]!);
    expect(`${url.origin}${url.pathname}`).toBe("https://eco.taobao.com/router/rest");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      method: ir.method,
      app_key: "YOUR_APP_KEY",
      session: "YOUR_SESSION_KEY",
      v: "2.0",
      sign_method: "hmac-sha256",
      sign: "YOUR_SIGN",
    });
    expect(argv.slice(3)).toEqual(["--data-urlencode", `req=${wireExampleParams(ir.request).req}`]);
  });

  test("holds no secret, only placeholders, and no session for an API that needs none", () => {
    const line = curlLine(irOf("taobao.time.get"));
    expect(line).not.toMatch(/secret=|app_secret/i);
    expect(new URL(argvOf(line)[2]!).searchParams.has("session")).toBe(false);
  });
});
