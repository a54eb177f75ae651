import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { changesetFiles, docParam, SEED, SEED_DOC_ID, SyncHarness, serveOther } from "./support/sync-harness.js";

// `sync --report <file>` against the imitation doc site: the Markdown the sync workflow opens its pull request
// with. Each test starts from a workspace whose seed input is the endpoint's doc JSON (one sync done).
let h: SyncHarness;
let dir: string;
let report: string;
beforeEach(async () => {
  h = await new SyncHarness().start();
  const first = await h.sync();
  expect(first.code, first.err).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "topkit-sync-report-"));
  report = join(dir, "nested", "report.md");
});
afterEach(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

const reqStruct = () => h.seedDoc().requestParams[0] as { subParams: Record<string, unknown>[] };
const read = () => readFileSync(report, "utf8");
const API = `\`${SEED}\` \`外投统计数据回流接口\``;

/** The bump in the front matter of the changeset the report names: the report and the release agree. */
function changesetBump(md: string): string {
  const file = /`\.changeset\/(sync-[\w-]+\.md)`/.exec(md)![1]!;
  expect(changesetFiles(h)).toContain(file);
  return /"@topkit\/sdk": (\w+)/.exec(h.read(`.changeset/${file}`))![1]!;
}

describe("sync --report writes the pull request body", () => {
  test("no change: says so, with no table, and nothing else is written", async () => {
    const hash = h.hash();
    const r = await h.sync("--report", report);
    expect(r.code, r.err).toBe(0);
    expect(read()).toBe(
      "## TOP doc sync: no change\n\nChecked 1 API against TOP's doc site: nothing the SDK is generated from changed.\n",
    );
    expect(h.hash()).toBe(hash);
  });

  test("patch: a description change is folded away as documentation, the bump is the changeset's", async () => {
    reqStruct().subParams[0]!.description = "类型：1 经纪人，2 门店，3 城市";
    const r = await h.sync("--report", report);
    expect(r.code, r.err).toBe(0);
    const md = read();
    const changeset = /`\.changeset\/(sync-[\w-]+\.md)`/.exec(md)?.[1];
    expect(md).toBe(
      [
        "## TOP doc sync: `@topkit/sdk` patch",
        "",
        "Checked 1 API against TOP's doc site: 1 API changed; `@topkit/sdk` needs a **patch** release.",
        "",
        `The changeset \`.changeset/${changeset}\` records it; merging this pull request lets the release workflow version and publish it.`,
        "",
        "<details><summary>1 documentation change (patch)</summary>",
        "",
        "| API | change | bump |",
        "| --- | --- | --- |",
        `| ${API} | request \`req.type\`: description changed | patch |`,
        "",
        "</details>",
        "",
      ].join("\n"),
    );
    expect(changesetBump(md)).toBe("patch");
  });

  test("minor: an optional param added is an API change row", async () => {
    reqStruct().subParams.push(docParam("remark", "String", false, "备注"));
    const r = await h.sync("--report", report);
    expect(r.code, r.err).toBe(0);
    const md = read();
    expect(md).toMatch(/^## TOP doc sync: `@topkit\/sdk` minor\n/);
    expect(md).toContain(
      `### API changes\n\n| API | change | bump |\n| --- | --- | --- |\n| ${API} | request \`req.remark\`: added, optional (String) | minor |\n`,
    );
    expect(md).not.toContain("<details>");
    expect(changesetBump(md)).toBe("minor");
  });

  test("major: a param made required and a type change, each a row; the docs-only change folded", async () => {
    reqStruct().subParams.push(docParam("remark", "String", false, "备注"));
    expect((await h.sync()).code).toBe(0);
    const [type, , remark] = reqStruct().subParams;
    remark!.required = true;
    type!.type = "String";
    type!.description = "类型（文本）";
    const r = await h.sync("--report", report);
    expect(r.code, r.err).toBe(0);
    const md = read();
    expect(md).toMatch(/^## TOP doc sync: `@topkit\/sdk` major\n/);
    expect(md).toContain("`@topkit/sdk` needs a **major** release.");
    expect(md).toContain(`| ${API} | request \`req.type\`: type Number (long) -&gt; String (string) | major |`);
    expect(md).toContain(`| ${API} | request \`req.remark\`: became required | major |`);
    expect(md).toMatch(
      /<summary>1 documentation change \(patch\)<\/summary>[\s\S]*request `req.type`: description changed \| patch \|/,
    );
    expect(changesetBump(md)).toBe("major");
  });

  test("APIs added and removed are rows of their own", async () => {
    serveOther(h, 70001, "taobao.demo.added.get");
    const added = await h.sync("--add", "70001", "--report", report);
    expect(added.code, added.err).toBe(0);
    expect(read()).toContain("| `taobao.demo.added.get` `演示 70001` | API added | minor |");
    const removed = await h.sync("--remove", "taobao.demo.added.get", "--report", report);
    expect(removed.code, removed.err).toBe(0);
    expect(read()).toContain("| `taobao.demo.added.get` `演示 70001` | API removed | major |");
    expect(read()).toContain(
      "Nothing fetched (removals only): 1 API changed; `@topkit/sdk` needs a **major** release.",
    );
  });

  test("a failed fetch: listed as not synced, exit 1, the workspace untouched", async () => {
    h.server.always.set("getDocument.json", { status: 503 });
    const hash = h.hash();
    const r = await h.sync("--retries", "0", "--report", report);
    expect(r.code).toBe(1);
    const md = read();
    expect(md).toMatch(/^## TOP doc sync: no change\n/);
    expect(md).toContain("### Not synced (1)");
    expect(md).toMatch(
      new RegExp(
        `\\| \`${SEED} \\(docId ${SEED_DOC_ID}\\)\` \\| \`GET http://127\\.0\\.0\\.1:\\d+/handler/document/getDocument\\.json\\?isEn=false&docId=${SEED_DOC_ID}&docType=2&_tb_token_=…: HTTP 503\` \\|`,
      ),
    );
    expect(h.hash()).toBe(hash);
  });

  test("the token step failing: a failure report saying nothing changed, exit 1", async () => {
    h.server.always.set("docCenter", { status: 500 });
    const hash = h.hash();
    const r = await h.sync("--retries", "0", "--report", report);
    expect(r.code).toBe(1);
    expect(read()).toMatch(
      /^## TOP doc sync failed\n\n`cannot get the _tb_token_ cookie: GET http:\/\/127\.0\.0\.1:\d+\/docCenter: HTTP 500` ?\n\nNothing was changed\.\n$/,
    );
    expect(h.hash()).toBe(hash);
  });

  test("--dry-run: the same table, saying nothing was written", async () => {
    reqStruct().subParams.push(docParam("remark", "String", false));
    const hash = h.hash();
    const r = await h.sync("--dry-run", "--report", report);
    expect(r.code, r.err).toBe(0);
    expect(read()).toContain("Dry run: nothing was written.");
    expect(read()).toContain("request `req.remark`: added, optional (String) | minor |");
    expect(h.hash()).toBe(hash);
  });

  test("doc text cannot break the table or ping anyone", async () => {
    h.seedDoc().apiChineseName = "外投 | @everyone <b>x</b> #1";
    reqStruct().subParams[1]!.type = "String|@team";
    const r = await h.sync("--report", report);
    expect(r.code, r.err).toBe(0);
    const rows = read()
      .split("\n")
      .filter((l) => l.startsWith(`| \`${SEED}\``));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Exactly the table's four unescaped pipes, and no mention or tag outside a code span.
      expect(row.replaceAll("\\|", "").split("|")).toHaveLength(5);
      expect(row.replace(/`[^`]*`/g, "")).not.toMatch(/[@<>#]/);
    }
  });

  test("a report that cannot be written is an error naming the flag", async () => {
    const r = await h.sync("--report", join(h.root, "pnpm-workspace.yaml", "report.md"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--report .*report\.md: cannot write the report/);
  });
});
