import type { GatewayRequest } from "@topkit/sdk/testing";
import type { Context } from "../../io/context.js";
import { oneLine } from "../../output/sanitize.js";

/** One line per answered request: `POST taobao.x.get -> 200` or `-> 200 error 25 (sub_code)`. */
export function requestLine(r: GatewayRequest): string {
  const error =
    r.answer.code === undefined ? "" : ` error ${r.answer.code}${r.answer.subCode ? ` (${r.answer.subCode})` : ""}`;
  return `${r.httpMethod} ${oneLine(r.apiMethod ?? "(no method)")} -> ${r.answer.status || "reset"}${error}`;
}

/**
 * Shows on stderr each request the gateway answers, by polling its `requests` list (the gateway
 * offers no event). Returns a function that stops it; the timer never keeps the process alive.
 */
export function logRequests(ctx: Context, requests: readonly GatewayRequest[]): () => void {
  const seen = new WeakSet<GatewayRequest>();
  const timer = setInterval(() => {
    for (const r of requests) {
      if (seen.has(r)) continue;
      seen.add(r);
      if (!ctx.quiet) ctx.err(`${ctx.errStyle.dim(requestLine(r))}\n`);
    }
  }, 200);
  timer.unref();
  return () => clearInterval(timer);
}
