import { type ApiIr, bundledIr } from "@topkit/sdk/ir";
import { sampleOf, sampleSeed, seededRandom } from "./random.js";
import { seedIr } from "./seed.js";

/** How many APIs beside the seed the per-API tests run when `TOPKIT_DOCS_SAMPLE` is not set. */
const DEFAULT_SAMPLE = 30;

/**
 * The APIs whose example tabs the per-API tests run: the seed, the first API that must upload a file (so the
 * tabs' file paths run every time: the curl tab once left files out, unseen until a sample drew one), and a
 * seeded random sample of the rest of the shipped catalogue. Each example spawns a process or two, so all 5,313 would take the better part of
 * an hour; `TOPKIT_DOCS_SAMPLE=all` runs them all, a number sets the sample's size, and the seed printed by
 * `label` replays a run with `TOPKIT_DOCS_SEED`.
 */
export function docsApiSample(label: string): ApiIr[] {
  const all = bundledIr();
  const seed = seedIr();
  const raw = process.env.TOPKIT_DOCS_SAMPLE;
  const size = raw === undefined || raw === "" ? DEFAULT_SAMPLE : raw === "all" ? all.length : Number(raw);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new Error(`TOPKIT_DOCS_SAMPLE=${raw}: expected a count of APIs or "all"`);
  }
  const randomSeed = sampleSeed();
  const upload = all.find((ir) => ir.request.some((p) => p.type === "file" && p.required));
  if (!upload) throw new Error("no shipped API has a required file param: the upload example goes untested");
  const fixed = [seed, upload];
  const rest = all.filter((ir) => !fixed.includes(ir));
  const picked = sampleOf(rest, size, seededRandom(randomSeed));
  console.log(
    `${label}: the seed, ${upload.method} (an upload) and ${picked.length} of ${rest.length} other APIs (rerun with TOPKIT_DOCS_SEED=${randomSeed})`,
  );
  return [...fixed, ...picked.sort((a, b) => a.method.localeCompare(b.method))];
}
