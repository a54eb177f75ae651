export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces request starts at least `1000 / perSecond` ms apart, retries included: the doc site is a public
 * website, and a polite scraper never bursts. The gap is measured from when the previous request really
 * started, so a late start never lets the next one come early. For one caller at a time (the sync is
 * sequential). Returns the wait function to call before each request.
 */
export function rateLimiter(
  perSecond: number,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: Date.now, sleep },
): () => Promise<void> {
  const interval = 1000 / perSecond;
  let next = Number.NEGATIVE_INFINITY;
  return async () => {
    const wait = next - clock.now();
    if (wait > 0) await clock.sleep(wait);
    next = clock.now() + interval;
  };
}
