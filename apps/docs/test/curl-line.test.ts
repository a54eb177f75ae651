import { describe, expect, test } from "vitest";
import { curlLine, wireExampleParams } from "../src/examples/example-tabs.js";
import { irOf } from "./support/ir-builders.js";
import { seedIr } from "./support/seed.js";
import { shellArgv } from "./support/shell-argv.js";

const argvOf = (line: string) => shellArgv(line, "curl");

/** The values of one repeated curl option, e.g. every `--url-query` pair. */
const optionValues = (argv: string[], option: string) =>
  argv.flatMap((word, i) => (word === option ? [argv[i + 1]!] : []));

describe("curlLine()", () => {
  test("the seed: system params in the query as the SDK prepares them, the example's `req` as a form field", () => {
    const ir = seedIr();
    const argv = argvOf(curlLine(ir));
    expect(argv.slice(0, 4)).toEqual(["-X", "POST", "--compressed", "https://eco.taobao.com/router/rest"]);
    const query = Object.fromEntries(optionValues(argv, "--url-query").map((p) => p.split(/=(.*)/s).slice(0, 2)));
    expect(query).toEqual({
      method: ir.method,
      app_key: "YOUR_APP_KEY",
      timestamp: "2024-05-01 08:30:00",
      v: "2.0",
      sign_method: "hmac-sha256",
      format: "json",
      session: "YOUR_SESSION_KEY",
      sign: "YOUR_SIGN",
    });
    expect(optionValues(argv, "--data-urlencode")).toEqual([`req=${wireExampleParams(ir.request).req}`]);
  });

  test("holds no secret, only placeholders, and no session for an API that needs none", () => {
    const line = curlLine(irOf("taobao.time.get"));
    expect(line).not.toMatch(/secret=|app_secret|no secret/i);
    expect(optionValues(argvOf(line), "--url-query").some((p) => p.startsWith("session="))).toBe(false);
  });
});
