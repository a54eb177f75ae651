/** A seeded random source (mulberry32): the same seed picks the same sample, so a failure can be rerun. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from `TOPKIT_DOCS_SEED`, else a fresh one; the caller prints it. */
export function sampleSeed(): number {
  const fixed = process.env.TOPKIT_DOCS_SEED;
  if (fixed !== undefined && fixed !== "") {
    const seed = Number(fixed);
    if (!Number.isSafeInteger(seed)) throw new Error(`TOPKIT_DOCS_SEED=${fixed}: expected an integer`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** `count` distinct items of `items`, picked with `random`. */
export function sampleOf<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked;
}
