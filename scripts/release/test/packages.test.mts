import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  ATTW_APIS,
  allEntrypoints,
  attwEntrypoints,
  attwTarball,
  publintTarball,
  sampledApisTarball,
} from "../checks.mjs";
import { installTarballs } from "../install.mjs";
import { packPublished, tarballFiles } from "../pack.mjs";
import { PUBLISHED } from "../workspace.mjs";

// Everything here runs on the packed tarballs, offline: what `npm publish` would upload and users would install.
type Pack = (typeof PUBLISHED)[number] & { tarball: string };

let temp: string;
let packs: Pack[];
const packOf = (name: string) => packs.find((p) => p.name === name)!;
const SDK_APIS = "package/generated/apis/";

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "topkit-packages-"));
  packs = packPublished(join(temp, "packs"));
}, 120_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe.each(PUBLISHED.map((p) => p.name))("%s tarball", (name) => {
  test("ships its build, README and package.json, and no sources or tests", () => {
    const files = tarballFiles(packOf(name).tarball);
    expect(files).toContain("package.json");
    expect(files).toContain("README.md");
    expect(files.some((f) => f.startsWith("dist/") && f.endsWith(".d.mts"))).toBe(true);
    expect(files.some((f) => f.startsWith("dist/") && f.endsWith(".d.cts"))).toBe(true);
    expect(files.filter((f) => /^(src|test)\//.test(f))).toEqual([]);
  });

  // publint on the whole SDK tarball took 474-714 s in CI runs (a 600 s timeout failed one): its ./apis/* is
  // linted on a sample instead (sampledApisTarball).
  test("publint --strict finds nothing", () => {
    const { tarball } = packOf(name);
    // The SDK's ./apis/* as a sample of APIs, like attw's below (see sampledApisTarball for why).
    const linted = name === "@topkit/sdk" ? sampledApisTarball(tarball, ATTW_APIS) : tarball;
    expect(publintTarball(linted)).toMatch(/All good!/);
  }, 300_000);

  test("attw (node16 profile) resolves types for every exported subpath, from CJS and ESM", () => {
    const { tarball } = packOf(name);
    const entrypoints = attwEntrypoints(tarball);
    const report = attwTarball(tarball, entrypoints) as {
      analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
    };
    const analysed = report.analysis.entrypoints;
    expect(Object.keys(analysed).sort()).toEqual([...entrypoints].sort());
    for (const [subpath, { resolutions }] of Object.entries(analysed)) {
      if (subpath === "./package.json") continue;
      expect(resolutions["node16-cjs"]?.resolution?.fileName, `${subpath} from CJS`).toMatch(/\.d\.cts$/);
      expect(resolutions["node16-esm"]?.resolution?.fileName, `${subpath} from ESM`).toMatch(/\.d\.mts$/);
    }
    // 41 s in a CI run while turbo ran other suites beside it; a run with one more build beside it passed 60 s.
  }, 300_000);
});

test("@topkit/sdk exports one /apis/<method> subpath per shipped API, each with its IR: the whole catalogue", () => {
  const { tarball } = packOf("@topkit/sdk");
  const files = tarballFiles(tarball);
  const dir = SDK_APIS.slice("package/".length);
  const shipped = files
    .filter((f) => f.startsWith(dir) && f.endsWith(".mjs"))
    .map((f) => `./apis/${f.slice(dir.length, -".mjs".length)}`);
  expect(shipped).toHaveLength(5313);
  expect(shipped.filter((s) => !files.includes(`ir/${s.slice("./apis/".length)}.json`))).toEqual([]);
  expect(allEntrypoints(tarball).filter((e) => e.startsWith("./apis/"))).toEqual(shipped.sort());
  expect(ATTW_APIS.filter((a) => !shipped.includes(a))).toEqual([]);
});

describe("installed offline from the tarballs", () => {
  let project: string;
  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" });

  beforeAll(() => {
    project = join(temp, "project");
    mkdirSync(project, { recursive: true });
    installTarballs(packs, project);
  }, 120_000);

  const probe = (load: string) => `
const sdk = ${load}("@topkit/sdk");
const ir = ${load}("@topkit/sdk/ir");
const registry = ${load}("@topkit/sdk/registry");
const methods = registry.methods();
const method = "taobao.trade.fullinfo.get";
const api = ${load}("@topkit/sdk/apis/" + method);
const Req = api[registry.apis()[method].request];
console.log(JSON.stringify({
  methods: methods.length,
  isRequest: new Req() instanceof sdk.TopRequest,
  bundled: ir.bundledIrOf(method)?.javaNames.request === Req.name,
  ruleError: typeof sdk.ApiRuleError,
}));`;

  const expectSdkWorks = (out: string) => {
    const seen = JSON.parse(out) as { methods: number; isRequest: boolean; bundled: boolean; ruleError: string };
    expect(seen).toEqual({ methods: 5313, isRequest: true, bundled: true, ruleError: "function" });
  };

  test("import (ESM) of @topkit/sdk, its /ir and an /apis/<method> subpath", () => {
    writeFileSync(join(project, "probe.mjs"), probe("await import"));
    expectSdkWorks(node(["probe.mjs"]));
  });

  test("require (CJS) of @topkit/sdk, its /ir and an /apis/<method> subpath", () => {
    writeFileSync(join(project, "probe.cjs"), probe("require"));
    expectSdkWorks(node(["probe.cjs"]));
  });

  test("resolves to the installed tarball, not to the workspace", () => {
    const resolved = node(["-p", 'require.resolve("@topkit/sdk")']).trim();
    expect(resolved.startsWith(project)).toBe(true);
  });

  test("the packed `topkit --version` prints the package version", () => {
    const out = execFileSync(join(project, "node_modules", ".bin", "topkit"), ["--version"], { encoding: "utf8" });
    expect(out.trim()).toBe(packOf("@topkit/cli").version);
  });

  test("the packed `topkit-codegen --help` lists its commands", () => {
    const bin = join(project, "node_modules", ".bin", "topkit-codegen");
    const out = execFileSync(bin, ["--help"], { encoding: "utf8" });
    expect(out).toMatch(/generate/);
    expect(out).toMatch(/sync/);
  });
});
