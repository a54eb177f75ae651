import { join } from "node:path";
import { writeFileAtomic } from "../fs/write-tree.js";
import { readManifest } from "../generate/manifest.js";
import { sdkPaths } from "../generate/workspace.js";
import { changesetFileName, changesetMarkdown } from "./changeset.js";
import { committedIrs } from "./committed.js";
import type { ApiDiff } from "./diff/change.js";
import { diffIrs } from "./diff/diff-irs.js";
import { formatDiff } from "./diff/format-diff.js";
import { DocEndpoint } from "./endpoint/doc-endpoint.js";
import { type FetchResult, fetchAll } from "./fetch-all.js";
import { HttpClient } from "./http/http-client.js";
import { type SyncIo, type SyncOptions, SyncUsageError } from "./options.js";
import { type SyncOutcome, syncReport } from "./report.js";
import { generatedIrs, generateFromStaged, stagedTopDocs } from "./stage.js";
import { writeSync } from "./write-sync.js";

/** `--only` and `--remove` name APIs of the manifest; anything else is a usage error, found before any fetch. */
function checkSelection(options: SyncOptions, methods: ReadonlySet<string>): void {
  for (const [flag, list] of [
    ["--only", options.only],
    ["--remove", options.remove],
  ] as const) {
    const unknown = list.filter((m) => !methods.has(m));
    if (unknown.length > 0) {
      throw new SyncUsageError(
        `${flag} ${unknown.join(", ")}: not in top-docs/manifest.json (add new APIs with --add)`,
      );
    }
  }
}

/** A run that only drops APIs has nothing to fetch. */
const onlyRemoving = (o: SyncOptions) =>
  o.remove.length > 0 && o.only.length + o.add.length === 0 && o.category === undefined;

/** A run's exit code, and what the report says about it. */
interface Ran {
  code: number;
  outcome: SyncOutcome;
}

/**
 * `topkit-codegen sync`: fetch docs, store the changed ones, regenerate, diff the IR against the committed
 * IR and write a changeset with the bump — all or nothing. Returns the exit code: 0 done, 1 something failed
 * (per-API failures are reported and the other APIs still sync). With `report`, the run is also written
 * there as Markdown (`syncReport`) whatever happened, a failed run included; a usage error writes none.
 */
export async function sync(options: SyncOptions, io: SyncIo): Promise<number> {
  let ran: Ran;
  try {
    ran = await syncRun(options, io);
  } catch (e) {
    if (options.report !== undefined && !(e instanceof SyncUsageError)) {
      try {
        writeReport(options.report, { kind: "failed", error: (e as Error).message ?? String(e) });
      } catch (reportError) {
        // The run's own failure is the one to exit with; the report's is only said.
        io.err(`${(reportError as Error).message}\n`);
      }
    }
    throw e;
  }
  if (options.report !== undefined) writeReport(options.report, ran.outcome);
  return ran.code;
}

/** The report file, written whole or not at all (a half-written pull request body is worse than none). */
function writeReport(path: string, outcome: SyncOutcome): void {
  try {
    writeFileAtomic(path, syncReport(outcome));
  } catch (e) {
    throw new Error(`--report ${path}: cannot write the report: ${(e as Error).message}`);
  }
}

async function syncRun(options: SyncOptions, io: SyncIo): Promise<Ran> {
  const paths = sdkPaths(options.root);
  const manifest = readManifest(paths.manifest);
  checkSelection(options, new Set(manifest.apis.map((e) => e.method)));
  const committed = committedIrs(paths);
  const http = new HttpClient(options.http);
  let fetched: FetchResult;
  try {
    if (onlyRemoving(options)) fetched = { store: [], refreshOnly: 0, checked: 0, failures: [] };
    else {
      io.err(`syncing from ${options.base.href}\n`);
      fetched = await fetchAll(new DocEndpoint(options.base, http), manifest, committed, options, io);
    }
  } finally {
    await http.close();
  }
  const code = fetched.failures.length > 0 ? 1 : 0;
  const outcome = (diffs: ApiDiff[], changeset?: string): Ran => ({
    code,
    outcome: {
      kind: "synced",
      checked: fetched.checked,
      diffs,
      failures: fetched.failures,
      changeset,
      dryRun: options.dryRun,
    },
  });
  if (fetched.store.length === 0 && options.remove.length === 0) {
    io.out("no change to the SDK: nothing written\n");
    return outcome([]);
  }
  const now = (options.now ?? (() => new Date()))();
  const topDocs = stagedTopDocs(paths, manifest, { store: fetched.store, remove: options.remove }, now.toISOString());
  const generated = await generateFromStaged(paths, topDocs);
  const diffs = diffIrs([...committed.values()], generatedIrs(generated));
  io.out(formatDiff(diffs));
  if (options.dryRun) {
    io.err("dry run: nothing written\n");
    return outcome(diffs);
  }
  if (diffs.length === 0) {
    if (fetched.refreshOnly === 0) {
      io.err("nothing written\n");
      return outcome(diffs);
    }
    // Same SDK, newer docs: store them (fresh ETags and sha256s) without a changeset, as there is nothing to release.
    writeSync(paths, { topDocs, generated }, options.write);
    io.err(
      `refreshed ${fetched.refreshOnly} doc input(s) in packages/sdk/top-docs; the SDK is unchanged, no changeset\n`,
    );
    return outcome(diffs);
  }
  const text = changesetMarkdown(diffs);
  const changeset = { dir: join(options.root, ".changeset"), file: changesetFileName(text, now), text };
  writeSync(paths, { topDocs, generated, changeset }, options.write);
  io.err(`wrote packages/sdk/top-docs, ir and generated, and .changeset/${changeset.file}\n`);
  return outcome(diffs, changeset.file);
}
