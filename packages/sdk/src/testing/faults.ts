/**
 * Ways the gateway can misbehave, as a real TOP gateway (or what stands between it and you) does:
 * - `delay`: answer normally, `ms` later;
 * - `reset`: close the connection without answering (the client sees a reset socket);
 * - `http`: an HTTP error page (`status`, default 502) with an HTML body, as the load balancer sends;
 * - `malformed`: HTTP 200 with the answer cut in half;
 * - `gzip`: answer normally, gzip-compressed with `content-encoding: gzip`;
 * - `ban`: code 7 (App Call Limited) and a ban of `seconds`: every call in scope gets code 7 until it ends;
 * - `isp`: code 15 with an `isp.*` sub-code (TOP's own side failed; safe to retry);
 * - `error`: any other `error_response` (e.g. code 10, or an `isv.*` business error).
 */
export type GatewayFault =
  | { readonly kind: "delay"; readonly ms: number }
  | { readonly kind: "reset" }
  | { readonly kind: "http"; readonly status?: number }
  | { readonly kind: "malformed" }
  | { readonly kind: "gzip" }
  | { readonly kind: "ban"; readonly seconds: number }
  | { readonly kind: "isp"; readonly subCode?: `isp.${string}`; readonly subMsg?: string }
  | {
      readonly kind: "error";
      readonly code: number;
      readonly msg?: string;
      readonly subCode?: string;
      readonly subMsg?: string;
    };

/** Which calls a fault hits: those of one API (default all), and how many of them (default every one). */
export interface FaultScope {
  readonly method?: string;
  readonly times?: number;
}

interface Rule {
  readonly fault: GatewayFault;
  readonly method: string | undefined;
  left: number;
}

interface Ban {
  readonly method: string | undefined;
  readonly until: number;
}

const covers = (scope: string | undefined, method: string | undefined) => scope === undefined || scope === method;

/** The faults in force: rules that fire on matching calls until their count runs out, and running bans. */
export class FaultBook {
  #rules: Rule[] = [];
  #bans: Ban[] = [];

  add(fault: GatewayFault, scope: FaultScope = {}): void {
    const times = scope.times ?? Number.POSITIVE_INFINITY;
    if (!(times > 0)) throw new TypeError(`inject(): times must be 1 or more, got ${scope.times}`);
    if (fault.kind === "ban" && !(fault.seconds > 0)) throw new TypeError("inject(): a ban needs seconds > 0");
    if (fault.kind === "delay" && !(fault.ms >= 0)) throw new TypeError("inject(): a delay needs ms >= 0");
    this.#rules.push({ fault, method: scope.method, left: times });
  }

  clear(): void {
    this.#rules = [];
    this.#bans = [];
  }

  /** Whole seconds left of a ban covering `method`, or undefined when none runs. */
  banLeft(method: string | undefined, now: number): number | undefined {
    this.#bans = this.#bans.filter((b) => b.until > now);
    const ban = this.#bans.find((b) => covers(b.method, method));
    return ban && Math.ceil((ban.until - now) / 1000);
  }

  /** The faults that hit this call, counted off their rules; a `ban` among them starts its ban. */
  take(method: string | undefined, now: number): GatewayFault[] {
    const hit: GatewayFault[] = [];
    for (const rule of this.#rules) {
      if (!covers(rule.method, method)) continue;
      hit.push(rule.fault);
      rule.left--;
      if (rule.fault.kind === "ban") this.#bans.push({ method: rule.method, until: now + rule.fault.seconds * 1000 });
    }
    this.#rules = this.#rules.filter((r) => r.left > 0);
    return hit;
  }
}
