import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { TOP_ENDPOINTS } from "@topkit/sdk";
import { createLocalGateway, type LocalGateway } from "@topkit/sdk/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cliLine, curlLine, tsProgram, wireExampleParams } from "../src/examples/example-tabs.js";
import { docsApiSample } from "./support/api-sample.js";
import { binOf } from "./support/build-site.js";
import { fillCurlLine } from "./support/fill-curl.js";
import { runSnippet } from "./support/run-snippet.js";

const run = promisify(execFile);
const scratch = fileURLToPath(new URL("./.tmp/reference-run/", import.meta.url));
const APP = { appKey: "docs-test-app", appSecret: "docs-test-secret", session: "docs-test-session" };

/** A TOP answer that is the API's response, not an error_response. */
function expectSuccess(body: string, responseKey: string): void {
  expect(body).not.toContain("error_response");
  expect(body).toContain(responseKey);
}

describe("each API's example tabs, run against the local gateway", () => {
  let gateway: LocalGateway;
  let configHome: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    // The files the examples upload (`FileItem.fromPath("./file.jpg")`, `--set pic=@./file`), where they run.
    mkdirSync(scratch, { recursive: true });
    for (const name of ["file.jpg", "file"]) writeFileSync(join(scratch, name), new Uint8Array([0xff, 0xd8, 0xff]));
    gateway = await createLocalGateway({ appKey: APP.appKey, appSecret: APP.appSecret });
    configHome = mkdtempSync(join(tmpdir(), "docs-cli-config-"));
    env = {
      TOP_APP_KEY: APP.appKey,
      TOP_APP_SECRET: APP.appSecret,
      TOP_SESSION: APP.session,
      TOP_ENDPOINT: gateway.url,
      XDG_CONFIG_HOME: configHome, // no profile of the person running the tests gets in the way
    };
  });

  afterAll(async () => {
    await gateway?.close();
    if (configHome) rmSync(configHome, { recursive: true, force: true });
  });

  describe.each(docsApiSample("reference-run").map((ir) => [ir.method, ir] as const))("%s", (_method, ir) => {
    test("TypeScript: the program, pointed at the gateway, gets the API's response", async () => {
      const program = tsProgram(ir).replace(JSON.stringify(TOP_ENDPOINTS.production), JSON.stringify(gateway.url));
      expectSuccess(await runSnippet(`ts-${ir.method}`, program, scratch, env), ir.javaNames.responseKey);
    });

    test("CLI: the topkit call line gets the API's response", async () => {
      const command = cliLine(ir).replace(/^topkit /m, `"${process.execPath}" "${binOf("@topkit/cli", "topkit")}" `);
      const { stdout } = await run("sh", ["-c", command], {
        cwd: scratch,
        env: { ...process.env, ...env },
        timeout: 60_000,
      });
      // The CLI prints the response's content: request_id and the API's own fields (as many as the doc's
      // sample gives the gateway to answer with, which may be none), no error fields.
      const body = JSON.parse(stdout) as Record<string, unknown>;
      expect(body).toHaveProperty("request_id");
      const fields = new Set(["request_id", ...ir.response.map((p) => p.name)]);
      expect(Object.keys(body).filter((k) => !fields.has(k))).toEqual([]);
    });

    test("curl: the line, signed as the signing guide says, gets the API's response", async () => {
      const line = fillCurlLine(curlLine(ir), TOP_ENDPOINTS.production, {
        url: gateway.url,
        ...APP,
        business: wireExampleParams(ir.request),
      });
      const { stdout } = await run("sh", ["-c", line], { cwd: scratch, timeout: 60_000 });
      expectSuccess(stdout, ir.javaNames.responseKey);
    });
  });
});
