import { readFileSync } from "node:fs";
import { maskSessionKey } from "@topkit/sdk";
import { expect, test } from "vitest";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

// The SDK's committed copy of ../shared/sign-vectors.json (checked against an independent client).
const vectors = JSON.parse(
  readFileSync(new URL("../../sdk/test/fixtures/sign-vectors.json", import.meta.url), "utf8"),
) as {
  cases: { name: string; secret: string; params: Record<string, string>; canonical: string; sign: string }[];
};
const env = cleanEnv(tempDir("sign"));

test.each(vectors.cases.map((c) => [c.name, c] as const))("sign explains the %s vector", async (_name, c) => {
  const pairs = Object.entries(c.params).map(([k, v]) => `${k}=${v}`);
  const method = c.params.sign_method ?? "hmac-sha256";
  const run = await runCli(["sign", ...pairs, "--sign-method", method], { ...env, TOP_APP_SECRET: c.secret });
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { signMethod: string; stringToSign: string; sign: string };
  expect(out.sign).toBe(c.sign);
  // The session shows by its first 4 characters only, as in --dry-run and --verbose.
  const session = c.params.session;
  const shown = session ? c.canonical.replace(`session${session}`, `session${maskSessionKey(session)}`) : c.canonical;
  const canonical = c.secret === "" ? shown : shown.replaceAll(c.secret, "<secret>");
  expect(out.stringToSign).toBe(method === "md5" ? `<secret>${canonical}<secret>` : canonical);
  if (c.secret.length >= 4) expect(run.stdout + run.stderr).not.toContain(c.secret);
});

test("sign checks a given sign, reads a URL's query, and --output raw prints the sign alone", async () => {
  const c = vectors.cases[0]!;
  const query = new URLSearchParams({ ...c.params, sign: c.sign }).toString();
  const ok = await runCli(["sign", `https://eco.taobao.com/router/rest?${query}`], {
    ...env,
    TOP_APP_SECRET: c.secret,
  });
  expect(JSON.parse(ok.stdout)).toMatchObject({ givenSign: c.sign, matches: true });
  const bad = await runCli(["sign", query.replace(c.sign, "0".repeat(32))], { ...env, TOP_APP_SECRET: c.secret });
  expect(JSON.parse(bad.stdout)).toMatchObject({ matches: false });
  expect(bad.stderr).toMatch(/does not match: TOP would answer code 25/);
  const raw = await runCli(["sign", query, "--output", "raw"], { ...env, TOP_APP_SECRET: c.secret });
  expect(raw.stdout).toBe(`${c.sign}\n`);
});

test("sign without params or secret is a usage error", async () => {
  expect((await runCli(["sign"], { ...env, TOP_APP_SECRET: "x" })).code).toBe(2);
  const noSecret = await runCli(["sign", "a=1"], env);
  expect([noSecret.code, noSecret.stderr]).toEqual([2, expect.stringMatching(/no app secret/)]);
});
