import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { independentSign } from "../../client/support/independent-sign.js";
import { useGateway } from "../support/gateway.js";
import { APP_KEY, SECRET } from "../support/raw-call.js";
import { answerCode } from "./answer.js";

const run = promisify(execFile);

/** curl on this machine, or undefined (the tests then skip with a notice; with CI=true they fail). */
function curlPath(): string | undefined {
  try {
    execFileSync("curl", ["--version"], { stdio: "ignore" });
    return "curl";
  } catch {
    if (process.env.CI === "true") throw new Error("curl is missing; CI must have it");
    console.warn("notice: curl not found; the curl-line conformance tests are skipped");
    return undefined;
  }
}
const curl = curlPath();

const PRINTED_TIMESTAMP = "2024-05-01 08:30:00";

/** `yyyy-MM-dd HH:mm:ss` in GMT+8, written here rather than taken from topkit. */
const gmt8Now = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

interface Line {
  readonly url: string;
  readonly business: Record<string, string>;
  readonly timestamp?: string;
  /** Leave the printed placeholder instead of a signature. */
  readonly unsigned?: boolean;
  readonly format?: "json" | "xml";
}

/**
 * A curl line in the form the docs' reference prints it (system params in the query, `--data-urlencode`
 * per business param, hmac-sha256), with the placeholders filled by hand and signed by the test's own signer.
 */
function docsCurlLine(line: Line): string {
  const system: Record<string, string> = {
    method: "taobao.trade.get",
    app_key: APP_KEY,
    timestamp: line.timestamp ?? gmt8Now(),
    format: line.format ?? "json",
    v: "2.0",
    sign_method: "hmac-sha256",
  };
  const sign = line.unsigned ? "YOUR_SIGN" : independentSign({ ...system, ...line.business }, SECRET, "hmac-sha256");
  const query = new URLSearchParams({ ...system, sign }).toString();
  const data = Object.entries(line.business).map(([k, v]) => `  --data-urlencode ${shellQuote(`${k}=${v}`)}`);
  return [`curl -s -X POST ${shellQuote(`${line.url}?${query}`)}`, ...data].join(" \\\n");
}

async function sh(line: string) {
  const { stdout } = await run("sh", ["-c", line], { timeout: 20_000 });
  return { status: 200, contentType: "", text: stdout };
}

describe.skipIf(!curl)("raw curl lines, as the docs print them, against the gateway", () => {
  const top = useGateway();
  const scratch = mkdtempSync(join(tmpdir(), "gateway-curl-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const trade = { tid: "2940328723781049652", fields: "tid,title" };

  test.each(["json", "xml"] as const)("a signed line (%s): TOP's answer", async (format) => {
    const answer = await sh(docsCurlLine({ url: top.url, business: trade, format }));
    expect(answerCode(answer)).toBe("ok");
    expect(answer.text).toContain("trade_get_response");
  });

  test("`~'()!`, spaces and Chinese through --data-urlencode arrive as written", async () => {
    const fields = "tid,title~'()! 标题";
    expect(answerCode(await sh(docsCurlLine({ url: top.url, business: { ...trade, fields } })))).toBe("ok");
    expect(top.last.params.fields).toBe(fields);
  });

  test("the line as printed, YOUR_SIGN unreplaced: 25; the printed timestamp kept: 31", async () => {
    expect(answerCode(await sh(docsCurlLine({ url: top.url, business: trade, unsigned: true })))).toBe(25);
    const stale = docsCurlLine({ url: top.url, business: trade, timestamp: PRINTED_TIMESTAMP });
    expect(answerCode(await sh(stale))).toBe(31);
  });

  test("an upload with curl -F (curl's own multipart): accepted, the file recorded", async () => {
    const file = join(scratch, "图 1.png");
    writeFileSync(file, Buffer.from("12345678"));
    const system: Record<string, string> = {
      method: "topkit.file.upload",
      app_key: APP_KEY,
      timestamp: gmt8Now(),
      format: "json",
      v: "2.0",
      sign_method: "hmac-sha256",
    };
    const sign = independentSign({ ...system, title: "标题" }, SECRET, "hmac-sha256");
    const url = `${top.url}?${new URLSearchParams({ ...system, sign })}`;
    const line = `curl -s -X POST ${shellQuote(url)} -F 'title=标题' -F ${shellQuote(`image=@${file};type=image/png`)}`;
    expect(answerCode(await sh(line))).toBe("ok");
    expect(top.last.files.image).toEqual({ fileName: "图 1.png", mimeType: "image/png", size: 8 });
  });
});
