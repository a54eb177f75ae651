import type { ManifestEntry } from "../generate/manifest.js";
import type { CatalogueApi } from "./endpoint/catalogue.js";

/** One doc to fetch: its docId, and what we already know about it. */
export interface SyncTarget {
  docId: number;
  /** The method expected at this docId (from the manifest or the catalogue); the doc must agree. */
  method?: string | undefined;
  /** The manifest entry being refreshed; absent for an API being added. */
  entry?: ManifestEntry | undefined;
  /** Category for a new API, from the catalogue. */
  category?: string | undefined;
}

/** An API that cannot even be fetched, reported like any other per-API failure. */
export interface TargetFailure {
  label: string;
  reason: string;
}

export interface TargetRequest {
  only: readonly string[];
  add: readonly (number | string)[];
  category?: number | undefined;
}

/** Fetches the catalogue; called only when a selection needs it. */
export type CatalogueSource = () => Promise<CatalogueApi[]>;

/** The catalogue is read for `--category`, and for an `--add` the manifest does not already know. */
const needsCatalogue = (r: TargetRequest, manifest: readonly ManifestEntry[]) =>
  r.category !== undefined || r.add.some((a) => !manifest.some((e) => e.docId === a || e.method === a));

function targetOfEntry(entry: ManifestEntry): SyncTarget | TargetFailure {
  if (entry.docId === undefined) {
    return { label: entry.method, reason: "the manifest has no docId for it, so its doc cannot be fetched; add one" };
  }
  return { docId: entry.docId, method: entry.method, entry };
}

function targetOfCatalogue(api: CatalogueApi, manifest: readonly ManifestEntry[]): SyncTarget | TargetFailure {
  const entry = manifest.find((e) => e.method === api.method || e.docId === api.docId);
  return entry ? targetOfEntry(entry) : { docId: api.docId, method: api.method, category: api.category };
}

function addTarget(
  add: number | string,
  manifest: readonly ManifestEntry[],
  catalogue: CatalogueApi[] | Error,
): SyncTarget | TargetFailure {
  const entry = manifest.find((e) => (typeof add === "number" ? e.docId === add : e.method === add));
  if (entry) return targetOfEntry(entry);
  const listed = catalogue instanceof Error ? undefined : catalogue.find((c) => c.docId === add || c.method === add);
  if (listed) return targetOfCatalogue(listed, manifest);
  if (typeof add === "number") return { docId: add }; // the doc names its method; the category stays unknown
  const why = catalogue instanceof Error ? `the catalogue could not be read (${catalogue.message})` : "no such API";
  return { label: add, reason: `cannot find its docId in TOP's catalogue: ${why}; pass --add <docId> instead` };
}

/**
 * Turns `--only`, `--add` and `--category` into docs to fetch (deduplicated by docId). With none of them,
 * every API in the manifest. A category the catalogue lacks, or a catalogue that cannot be read for
 * `--category`, throws: there is nothing sensible to sync then.
 */
export async function planTargets(
  manifest: readonly ManifestEntry[],
  request: TargetRequest,
  catalogue: CatalogueSource,
): Promise<(SyncTarget | TargetFailure)[]> {
  const selected = request.only.length + request.add.length > 0 || request.category !== undefined;
  if (!selected) return manifest.map(targetOfEntry);
  let apis: CatalogueApi[] | Error = [];
  if (needsCatalogue(request, manifest)) apis = await catalogue().catch((e: Error) => e);
  const planned: (SyncTarget | TargetFailure)[] = manifest
    .filter((e) => request.only.includes(e.method))
    .map(targetOfEntry);
  planned.push(...request.add.map((a) => addTarget(a, manifest, apis)));
  if (request.category !== undefined) {
    if (apis instanceof Error) throw new Error(`--category ${request.category}: ${apis.message}`);
    const inCategory = apis.filter((a) => a.categoryId === request.category);
    if (inCategory.length === 0)
      throw new Error(`--category ${request.category}: TOP's catalogue has no such category`);
    planned.push(...inCategory.map((a) => targetOfCatalogue(a, manifest)));
  }
  const seen = new Set<number>();
  return planned.filter((t) => !("docId" in t) || (!seen.has(t.docId) && seen.add(t.docId)));
}
