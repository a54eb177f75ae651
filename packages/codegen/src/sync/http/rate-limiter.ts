export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces request starts at least `1000 / perSecond` ms apart, retries included: the doc site is a public
 * website, and a polite scraper never bursts. Returns the wait function to call before each request.
 */
export function rateLimiter(
  perSecond: number,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: Date.now, sleep },
): () => Promise<void> {
  const interval = 1000 / perSecond;
  let next = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = clock.now();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await clock.sleep(at - now);
  };
}
