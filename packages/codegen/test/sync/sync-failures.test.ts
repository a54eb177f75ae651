import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { syncOptions } from "../../src/cli/sync-command.js";
import { sync } from "../../src/sync/sync.js";
import { changesetFiles, SEED, SEED_DOC_ID, SyncHarness, serveOther } from "./support/sync-harness.js";

let h: SyncHarness;
let hash: string;
beforeEach(async () => {
  h = await new SyncHarness().start();
  hash = h.hash();
});
afterEach(async () => {
  await h.stop();
});

describe("the server failing leaves the repo exactly as it was", () => {
  test("token page answers 500: clear error, exit 1, tree untouched", async () => {
    h.server.always.set("docCenter", { status: 500 });
    const r = await h.sync();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /topkit-codegen sync: cannot get the _tb_token_ cookie: GET http:\/\/127\.0\.0\.1:\d+\/docCenter: HTTP 500 \(after 4 attempts\); nothing was changed\n$/,
    );
    expect(h.server.requests("getDocument.json")).toEqual([]);
    expect(h.hash()).toBe(hash);
  });

  test("token page without the cookie, or not answering: the same", async () => {
    h.server.always.set("docCenter", { status: 200 });
    const r = await h.sync();
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/answered HTTP 200 without it; nothing was changed/)]);
    h.server.always.set("docCenter", { drop: true });
    const dropped = await h.sync();
    expect(dropped.code).toBe(1);
    expect(dropped.err).toMatch(/cannot get the _tb_token_ cookie: .*connection failed/);
    expect(h.hash()).toBe(hash);
  });

  test("doc endpoint answers 503 every time: that API's error, exit 1, tree untouched", async () => {
    h.server.always.set("getDocument.json", { status: 503 });
    const r = await h.sync();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `error: ${SEED} \\(docId ${SEED_DOC_ID}\\): GET http://127\\.0\\.0\\.1:\\d+/handler/document/getDocument\\.json\\?isEn=false&docId=${SEED_DOC_ID}&docType=2&_tb_token_=…: HTTP 503 \\(after 4 attempts\\)`,
      ),
    );
    expect(r.out).toBe("no change to the SDK: nothing written\n");
    expect(h.hash()).toBe(hash);
  });

  test("a doc the parser rejects is that API's error; nothing written", async () => {
    h.seedDoc().requestParams = "not a list" as never;
    const r = await h.sync();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: .*\(docId 62170\): the fetched doc: unexpected doc JSON at requestParams/);
    expect(h.hash()).toBe(hash);
  });

  test("a docId that now documents another API is refused, not stored", async () => {
    h.seedDoc().name = "taobao.some.other.api";
    const r = await h.sync();
    expect(r.code).toBe(1);
    expect(r.err).toContain(`the doc now documents taobao.some.other.api, not ${SEED}`);
    expect(h.hash()).toBe(hash);
  });

  test("a failure while writing (disk full mid-way) leaves every folder as it was", async () => {
    const options = syncOptions({
      from: h.server.url,
      rate: "50",
      timeout: "400",
      retries: "0",
      retryDelay: "10",
      root: h.root,
    });
    const io = { out: () => {}, err: () => {} };
    let writes = 0;
    const failing = {
      ...options,
      write: {
        beforeWrite: (path: string) => {
          if (++writes > 3 && path.endsWith(".mjs")) throw new Error("ENOSPC: no space left on device");
        },
      },
    };
    await expect(sync(failing, io)).rejects.toThrow(/ENOSPC/);
    expect(h.hash()).toBe(hash);
    expect(readdirSync(join(h.root, "packages/sdk")).filter((f) => /staging|previous/.test(f))).toEqual([]);
  });
});

describe("per-API failures do not stop the others", () => {
  test("one API gone from the site: reported, exit 1, the other API still synced with its changeset", async () => {
    const pending = changesetFiles(h).length;
    serveOther(h, 70001, "tmall.alihouse.demo.second");
    expect((await h.sync("--add", "70001")).code).toBe(0);
    h.server.docs.delete(70001);
    const r = await h.sync();
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'error: tmall.alihouse.demo.second (docId 70001): docId 70001: refused (success: false, "文档不存在")',
    );
    expect(r.err).toContain(`${SEED}: changed`);
    expect(h.read("packages/sdk/top-docs/manifest.json")).toContain(`"file": "${SEED}.json"`);
    expect(changesetFiles(h)).toHaveLength(pending + 2); // one for the --add, one for this sync
  });
});

describe("politeness", () => {
  test("a stale token (页面已过期) is fetched again once, and the sync goes on", async () => {
    serveOther(h, 70001, "tmall.alihouse.demo.second");
    h.server.tokenUses = 1;
    const r = await h.sync("--add", "70001", "--only", SEED);
    expect(r.code, r.err).toBe(0);
    expect(h.server.requests("docCenter").length).toBeGreaterThanOrEqual(2);
    expect(r.err).toContain("tmall.alihouse.demo.second: new");
  });

  test("by default at most 2 requests a second, retries included", async () => {
    h.server.inject("getDocument.json", { status: 503 });
    const r = await h.syncWith(["--retry-delay", "1", "--dry-run"]);
    expect(r.code, r.err).toBe(0);
    const starts = h.server.log.map((l) => l.at);
    expect(starts).toHaveLength(3); // docCenter, the 503, the retry
    // Arrival times at the server: the client spaces its starts by 500 ms. On a loaded 2-core machine an
    // earlier request can reach the server late while the next one is on time (492 ms was seen), so allow
    // 50 ms; without the spacing the retry would follow within a few ms.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(450);
  });
});

describe("usage errors exit 2 before any request", () => {
  test.each([
    [["--from", "ftp://example.com"], "--from ftp://example.com: not an http(s) URL"],
    [
      ["--only", "taobao.not.listed"],
      "--only taobao.not.listed: not in top-docs/manifest.json (add new APIs with --add)",
    ],
    [["--remove", "taobao.not.listed"], "--remove taobao.not.listed: not in top-docs/manifest.json"],
    [["--add", "../etc/passwd"], "--add ../etc/passwd: expected a docId (digits) or a TOP method name"],
    [["--rate", "0"], "--rate 0: expected a positive number"],
    [["--category", "tmall"], "--category tmall: expected a positive integer"],
    [["--bogus"], ""],
  ])("%j", async (args, message) => {
    const r = await h.sync(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(h.server.log).toEqual([]);
    expect(h.hash()).toBe(hash);
  });
});
