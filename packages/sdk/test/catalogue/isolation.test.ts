import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

/**
 * Issue 12: what a user program pulls in from the built package (dist + generated): the root loads no API
 * module, and the type checker reads only the declarations of the APIs a program imports. Programs live inside
 * the package so `@topkit/sdk` resolves to it by its own name, exactly as installed.
 */
const pkg = fileURLToPath(new URL("../../", import.meta.url));
const tmp = join(pkg, "test", ".tmp", `isolation-${process.pid}`);
const API_FILE = /\/generated\/apis\/[^/]+$/;
const THREE = ["taobao.trade.fullinfo.get", "taobao.logistics.offline.send", "taobao.item.seller.get"];

mkdirSync(tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const node = (file: string) => execFileSync(process.execPath, [file], { cwd: tmp, encoding: "utf8" });

/**
 * `tsc --listFiles` on one file of `dir` as a package of `type`, strict, with `options` on top; returns the
 * exit status, the output and the generated API files the program read.
 */
function typecheck(dir: string, file: string, type: "module" | "commonjs", options: Record<string, unknown>) {
  const compilerOptions = { target: "ES2022", strict: true, noEmit: true, types: ["node"], lib: ["ES2022"] };
  const tsconfig = {
    compilerOptions: { ...compilerOptions, ...options, moduleResolution: options.module },
    files: [file],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type }));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", dir, "--listFiles"], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, files: run.stdout.split("\n").filter((f) => API_FILE.test(f)) };
}

describe("the published package loads only what is imported", () => {
  test("import of @topkit/sdk (and of its registry) resolves zero API modules; importing one API resolves one", () => {
    writeFileSync(
      join(tmp, "hooks.mjs"),
      `let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}
`,
    );
    writeFileSync(
      join(tmp, "main.mjs"),
      `import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (url) => seen.push(url));
register("./hooks.mjs", import.meta.url, { data: { port: port2 }, transferList: [port2] });
const sdk = await import("@topkit/sdk");
await import("@topkit/sdk/registry");
const afterRoot = seen.length;
await import("@topkit/sdk/apis/${THREE[0]}");
setTimeout(() => {
  console.log(JSON.stringify({ root: seen.slice(0, afterRoot), api: seen.slice(afterRoot), client: typeof sdk.DefaultTaobaoClient }));
  port1.close();
}, 100);
`,
    );
    const out = JSON.parse(node("main.mjs")) as { root: string[]; api: string[]; client: string };
    expect(out.client).toBe("function");
    expect(out.root.length).toBeGreaterThan(5);
    expect(out.root.filter((u) => API_FILE.test(u))).toEqual([]);
    expect(out.api.filter((u) => API_FILE.test(u)).map((u) => u.replace(/.*\//, ""))).toEqual([`${THREE[0]}.mjs`]);
  });

  test("require of @topkit/sdk loads zero API modules; require of one API loads that one", () => {
    writeFileSync(
      join(tmp, "main.cjs"),
      `require("@topkit/sdk");
const root = Object.keys(require.cache);
const api = require("@topkit/sdk/apis/${THREE[0]}");
console.log(JSON.stringify({ root, all: Object.keys(require.cache), names: Object.keys(api) }));
`,
    );
    const out = JSON.parse(node("main.cjs")) as { root: string[]; all: string[]; names: string[] };
    expect(out.root.filter((f) => API_FILE.test(f))).toEqual([]);
    expect(out.all.filter((f) => API_FILE.test(f)).map((f) => f.replace(/.*\//, ""))).toEqual([`${THREE[0]}.cjs`]);
    expect(out.names).toEqual(["TradeFullinfoGetRequest", "TradeFullinfoGetResponse"]);
  });

  test("tsc --listFiles on a program importing three APIs reads exactly those three API declaration files", () => {
    const dir = join(tmp, "three");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "main.ts"),
      `import { DefaultTaobaoClient } from "@topkit/sdk";
import { TradeFullinfoGetRequest } from "@topkit/sdk/apis/${THREE[0]}";
import { LogisticsOfflineSendRequest } from "@topkit/sdk/apis/${THREE[1]}";
import { ItemSellerGetRequest } from "@topkit/sdk/apis/${THREE[2]}";

const client = new DefaultTaobaoClient("http://127.0.0.1:1/router/rest", "k", "s");
const trade = new TradeFullinfoGetRequest({ fields: "tid", tid: 1n });
const rsp = await client.execute(trade, "session");
const tid: bigint | undefined = rsp.getTrade()?.getTid();
new LogisticsOfflineSendRequest().setTid(1);
new ItemSellerGetRequest().setNumIid(2n);
export { tid };
`,
    );
    const run = typecheck(dir, "main.ts", "module", { module: "NodeNext", skipLibCheck: true });
    expect(run.status, run.stdout).toBe(0);
    const files = run.files;
    expect(files.map((f) => f.replace(/.*\//, "")).sort()).toEqual(THREE.map((m) => `${m}.d.mts`).sort());
  });

  test("from CommonJS (require), the same program type-checks: each .d.cts points at its .d.mts, and a request fits the CJS client", () => {
    // The API's .d.cts and the runtime's base classes' .d.cts are views of the ES module declarations
    // (docs/architecture.md "Generated code"); without the runtime's shims, a request typed by the .d.mts
    // would not fit `execute` of the client declared for CommonJS. No skipLibCheck: the shims are checked too.
    const dir = join(tmp, "three-cjs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "main.cts"),
      `import { DefaultTaobaoClient, TopRequest } from "@topkit/sdk";
import { TradeFullinfoGetRequest, TradeFullinfoGetResponse } from "@topkit/sdk/apis/${THREE[0]}";
import { LogisticsOfflineSendRequest } from "@topkit/sdk/apis/${THREE[1]}";
import { ItemSellerGetRequest } from "@topkit/sdk/apis/${THREE[2]}";

export async function main(): Promise<bigint | undefined> {
  const client = new DefaultTaobaoClient("http://127.0.0.1:1/router/rest", "k", "s");
  const trade = new TradeFullinfoGetRequest({ fields: "tid", tid: 1n });
  const asBase: TopRequest<TradeFullinfoGetResponse> = trade;
  const rsp = await client.execute(asBase, "session");
  const order: TradeFullinfoGetResponse.Order | undefined = rsp.getTrade()?.getOrders()?.[0];
  new LogisticsOfflineSendRequest().setTid(1);
  new ItemSellerGetRequest().setNumIid(2n);
  return order?.getOid() ?? rsp.getTrade()?.getTid();
}
`,
    );
    const run = typecheck(dir, "main.cts", "commonjs", { module: "Node16" });
    expect(run.status, run.stdout).toBe(0);
    const files = run.files;
    const expected = THREE.flatMap((m) => [`${m}.d.cts`, `${m}.d.mts`]);
    expect(files.map((f) => f.replace(/.*\//, "")).sort()).toEqual(expected.sort());
    // Checking every declaration the program reaches (@types/node included) takes 16 s on this machine.
  }, 180_000);
});
