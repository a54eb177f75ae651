import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseDocJson } from "../../src/parse/index.js";
import { type CheckKind, type Comparison, compareEntry } from "./compare-names.js";
import exceptionList from "./exceptions.json" with { type: "json" };
import { corpusDocPath, readJavaSdkNames } from "./java-sdk-names.js";

const shared = sharedOrNotice();

interface NameException {
  where: string;
  java: string;
  ours: string;
  reason: string;
}

const exceptions = exceptionList as NameException[];
const isException = (c: Comparison) =>
  exceptions.some((e) => e.where === c.where && e.java === c.java && e.ours === c.ours);

describe.skipIf(!shared)("names match the Java SDK (../shared/conformance, every entry with a corpus doc)", () => {
  const names = readJavaSdkNames(shared!);
  const withDoc = names.entries.flatMap((entry) => {
    const path = corpusDocPath(shared!, entry);
    return path ? [{ entry, path }] : [];
  });
  const comparisons = withDoc.flatMap(({ entry, path }) =>
    compareEntry(names, entry, parseDocJson(readFileSync(path, "utf8"), { file: path })),
  );
  const mismatches = comparisons.filter((c) => c.java !== c.ours);

  test("354 entries have a corpus doc", () => {
    expect(withDoc).toHaveLength(354);
  });

  test("every name matches, apart from the committed exceptions", () => {
    const kinds: CheckKind[] = ["requestClass", "responseClass", "field", "innerClass"];
    for (const kind of kinds) {
      const of = comparisons.filter((c) => c.kind === kind);
      const matched = of.filter((c) => c.java === c.ours).length;
      console.log(`java names ${kind}: ${matched}/${of.length} matched`);
    }
    console.log(`java names: ${exceptions.length} listed exceptions`);
    expect(mismatches.filter((c) => !isException(c))).toEqual([]);
  });

  test("every listed exception still happens and has a reason", () => {
    for (const e of exceptions) expect(e.reason.length, e.where).toBeGreaterThan(20);
    const stale = exceptions.filter(
      (e) => !mismatches.some((c) => e.where === c.where && e.java === c.java && e.ours === c.ours),
    );
    expect(stale).toEqual([]);
  });

  test("class names match for all 354 (no exceptions allowed there)", () => {
    const classes = comparisons.filter((c) => c.kind === "requestClass" || c.kind === "responseClass");
    expect(classes).toHaveLength(708);
    expect(classes.filter((c) => c.java !== c.ours)).toEqual([]);
  });
});
