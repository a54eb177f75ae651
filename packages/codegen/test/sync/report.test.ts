import { describe, expect, test } from "vitest";
import type { ApiDiff } from "../../src/sync/diff/change.js";
import { cell, REPORT_MAX_CHARS, syncReport } from "../../src/sync/report.js";

const changed = (i: number, bump: "major" | "patch"): ApiDiff => ({
  method: `taobao.demo${i}.get`,
  title: `演示 ${i}`,
  kind: "changed",
  bump,
  changes: Array.from({ length: 20 }, (_, j) => ({ bump, text: `request \`req.field_${j}\`: description changed` })),
});

describe("syncReport", () => {
  test("a catalogue-sized sync stays under GitHub's body limit and says how many rows it left out", () => {
    const diffs = Array.from({ length: 400 }, (_, i) => changed(i, i % 2 === 0 ? "major" : "patch"));
    const md = syncReport({
      kind: "synced",
      checked: 5312,
      diffs,
      failures: [],
      changeset: "sync-x.md",
      dryRun: false,
    });
    expect(md.length).toBeLessThanOrEqual(REPORT_MAX_CHARS);
    expect(md).toMatch(/… and \d+ more: the changeset lists every change\./);
    expect(md).toContain("Checked 5312 APIs against TOP's doc site: 400 APIs changed");
  });

  test("cell keeps code spans, escapes pipes everywhere and entities outside code", () => {
    expect(cell("request `a|b @x`: type A|B @team <i> #3 -> C & D")).toBe(
      "request `a\\|b @x`: type A\\|B &commat;team &lt;i&gt; &num;3 -&gt; C &amp; D",
    );
    expect(cell("line\nbreak")).toBe("line break");
  });
});
