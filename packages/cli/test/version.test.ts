import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const bin = fileURLToPath(new URL("../bin/topkit.mjs", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

test("topkit --version prints the package version", () => {
  const out = execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
  expect(out.trim()).toBe(pkg.version);
});
