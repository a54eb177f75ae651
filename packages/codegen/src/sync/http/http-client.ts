import { Agent, request } from "undici";
import { CookieJar } from "./cookie-jar.js";
import { HttpError, transportReason } from "./http-error.js";
import { rateLimiter, sleep } from "./rate-limiter.js";
import { isRetryableStatus, type RetryPolicy, retryAfterMs, retryDelay } from "./retry-policy.js";

export interface HttpOptions extends RetryPolicy {
  /** Per attempt: the whole exchange, connect to last byte, must fit in this. */
  timeoutMs: number;
  /** Request starts per second, retries included. */
  perSecond: number;
  userAgent: string;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

type Attempt = { answer: HttpAnswer } | { failure: string };

/**
 * GETs with the manners a public doc site deserves: a rate limit, timeouts, bounded retries with backoff on
 * 429/5xx and transport failures, and the cookies it sets replayed on later requests.
 */
export class HttpClient {
  readonly cookies = new CookieJar();
  private readonly agent: Agent;
  private readonly waitTurn: () => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.agent = new Agent({
      connect: { timeout: options.timeoutMs },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    this.waitTurn = rateLimiter(options.perSecond);
  }

  /** The final answer for `url` (any status that is not worth retrying); throws `HttpError` when none came. */
  async get(url: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    for (let attempt = 0; ; attempt++) {
      await this.waitTurn();
      const result = await this.attempt(url, headers);
      const retryable = "failure" in result || isRetryableStatus(result.answer.status);
      if (!retryable) return result.answer;
      const reason = "failure" in result ? result.failure : `HTTP ${result.answer.status}`;
      if (attempt >= this.options.retries) {
        throw new HttpError(url, reason, attempt + 1, "answer" in result ? result.answer.status : undefined);
      }
      const asked = "answer" in result ? retryAfterMs(result.answer.headers["retry-after"]) : undefined;
      await sleep(retryDelay(this.options, attempt, asked));
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async attempt(url: string, headers: Record<string, string>): Promise<Attempt> {
    const cookie = this.cookies.header();
    try {
      const res = await request(url, {
        method: "GET",
        dispatcher: this.agent,
        // undici's own timers are coarse (about half a second); the signal is the exact deadline.
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: { "user-agent": this.options.userAgent, ...(cookie ? { cookie } : {}), ...headers },
      });
      this.cookies.store(res.headers["set-cookie"]);
      return { answer: { status: res.statusCode, headers: res.headers, text: await res.body.text() } };
    } catch (error) {
      return { failure: transportReason(error, this.options.timeoutMs) };
    }
  }
}
