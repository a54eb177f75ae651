import { seedFromEnv } from "../../../../test-support/random.js";

export { sampleOf, seededRandom } from "../../../../test-support/random.js";

/** The docs tests' sample seed: `TOPKIT_DOCS_SEED`, else a fresh one; the caller prints it. */
export function sampleSeed(): number {
  return seedFromEnv("TOPKIT_DOCS_SEED");
}
