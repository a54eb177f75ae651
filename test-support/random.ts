// Seeded sampling for the tests that cover the catalogue by a random sample (sdk, docs): each prints its
// seed, so a failing sample can be replayed.

/** A seeded random source (mulberry32): the same seed picks the same sample. */
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

/** `count` distinct items of `items`, picked with `random`. */
export function sampleOf<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked;
}

/** The seed in env var `name` (an integer), else a fresh one; the caller prints it. */
export function seedFromEnv(name: string): number {
  const fixed = process.env[name];
  if (fixed !== undefined && fixed !== "") {
    const seed = Number(fixed);
    if (!Number.isSafeInteger(seed)) throw new Error(`${name}=${fixed}: expected an integer`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
