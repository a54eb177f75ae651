import type { ApiIr } from "@topkit/sdk/ir";
import type { Manifest } from "../generate/manifest.js";
import { diffApi } from "./diff/diff-api.js";
import type { DocEndpoint } from "./endpoint/doc-endpoint.js";
import { type FetchedDoc, fetchDoc } from "./fetch-docs.js";
import type { SyncIo, SyncOptions } from "./options.js";
import type { SyncFailure } from "./report.js";
import { planTargets } from "./targets.js";

const UNCHANGED = { "not-modified": "304 Not Modified", "same-bytes": "the same doc as committed" } as const;

/**
 * The docs to store, how many APIs were asked for, and which failed. `store` holds every doc whose bytes changed; `refreshOnly` counts
 * those that change nothing the SDK is generated from (stored anyway, so their ETag and sha256 stay current and
 * the next sync can get a 304 instead of the whole doc again).
 */
export interface FetchResult {
  store: FetchedDoc[];
  refreshOnly: number;
  /** How many APIs were asked for. */
  checked: number;
  failures: SyncFailure[];
}

/** A fetched doc the SDK would generate the same from is not worth a commit: say so and keep the old input. */
function changesSdk(doc: FetchedDoc, committed: ReadonlyMap<string, ApiIr>): boolean {
  const before = committed.get(doc.method);
  return !before || diffApi(before, doc.ir).length > 0;
}

/** A new docId whose doc is an API the manifest already lists under another docId. */
function clash(doc: FetchedDoc, manifest: Manifest): string | undefined {
  const listed = manifest.apis.find((e) => e.method === doc.method);
  if (doc.target.entry || !listed) return undefined;
  return `manifest.json already lists ${doc.method} under docId ${listed.docId ?? "(none)"}`;
}

/**
 * Plans the targets and fetches them one by one (the rate limit spaces them), reporting each API on `err`.
 * A failing API is reported and skipped; the others go on. Throws only for what stops everything
 * (the token step, or a `--category` the catalogue cannot answer).
 */
export async function fetchAll(
  endpoint: DocEndpoint,
  manifest: Manifest,
  committed: ReadonlyMap<string, ApiIr>,
  options: SyncOptions,
  io: SyncIo,
): Promise<FetchResult> {
  await endpoint.fetchToken();
  const targets = await planTargets(manifest.apis, options, () => endpoint.catalogue());
  const result: FetchResult = { store: [], refreshOnly: 0, checked: targets.length, failures: [] };
  const fail = (label: string, reason: string) => {
    result.failures.push({ label, reason });
    io.err(`error: ${label}: ${reason}\n`);
  };
  for (const target of targets) {
    if (!("docId" in target)) {
      fail(target.label, target.reason);
      continue;
    }
    const outcome = await fetchDoc(target, { endpoint, base: options.base, committed });
    if (outcome.kind === "failed") fail(outcome.label, outcome.reason);
    else if (outcome.kind !== "doc")
      io.err(`${target.method ?? `docId ${target.docId}`}: unchanged (${UNCHANGED[outcome.kind]})\n`);
    else {
      const { doc } = outcome;
      const problem = clash(doc, manifest);
      if (problem) fail(`${doc.method} (docId ${target.docId})`, problem);
      else if (changesSdk(doc, committed)) {
        result.store.push(doc);
        io.err(`${doc.method}: ${target.entry ? "changed" : "new"}\n`);
      } else {
        result.store.push(doc);
        result.refreshOnly++;
        io.err(
          `${doc.method}: unchanged SDK (the doc's bytes changed, not what the SDK is generated from; input refreshed)\n`,
        );
      }
    }
  }
  return result;
}
