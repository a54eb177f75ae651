import { type ApiIr, bundledIr } from "@topkit/sdk/ir";
import { sampleOf, sampleSeed, seededRandom } from "./random.js";
import { seedIr } from "./seed.js";

/** How many APIs beside the seed the per-API tests run when `TOPKIT_DOCS_SAMPLE` is not set. */
const DEFAULT_SAMPLE = 30;

/**
 * The APIs whose example tabs the per-API tests run: the seed, and a seeded random sample of the rest of
 * the shipped catalogue. Each example spawns a process or two, so all 5,313 would take the better part of
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
  const rest = all.filter((ir) => ir.method !== seed.method);
  const picked = sampleOf(rest, size, seededRandom(randomSeed));
  console.log(
    `${label}: the seed and ${picked.length} of ${rest.length} other APIs (rerun with TOPKIT_DOCS_SEED=${randomSeed})`,
  );
  return [seed, ...picked.sort((a, b) => a.method.localeCompare(b.method))];
}
