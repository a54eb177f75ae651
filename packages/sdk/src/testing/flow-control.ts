import type { BanScope } from "../protocol/call-limit.js";
import { banError } from "./fault-plan.js";
import type { GatewayError } from "./top-errors.js";

/** TOP's flow control for the local gateway: call rates per app and per API, and the ban for going over. */
export interface GatewayLimits {
  /** Calls the app may make in any one second (all APIs together). Unset: no app-wide limit. */
  readonly appPerSecond?: number;
  /** Calls per second per API method, e.g. `{ "taobao.trades.sold.get": 40 }`. */
  readonly perApi?: Readonly<Record<string, number>>;
  /** How long going over bans the app (or the API); every call in the ban gets code 7. Default 10. */
  readonly banSeconds?: number;
}

const WINDOW_MS = 1000;

/** Arrival times of the calls let through in the last second, oldest first. */
class Window {
  readonly #times: number[] = [];
  #head = 0;
  bannedUntil = 0;

  constructor(readonly limit: number) {}

  /** True when `limit` calls already arrived in the second before `now`. */
  full(now: number): boolean {
    const times = this.#times;
    while (this.#head < times.length && times[this.#head]! <= now - WINDOW_MS) this.#head++;
    if (this.#head > 1024) {
      times.splice(0, this.#head);
      this.#head = 0;
    }
    return times.length - this.#head >= this.limit;
  }

  count(now: number): void {
    this.#times.push(now);
  }
}

function perSecond(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new TypeError(
      `createLocalGateway: limits.${name} must be a whole number of calls per second, 1 or more, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Counts calls over a sliding one-second window, as strictly as TOP may: a call that would be the
 * (limit + 1)th within any second gets code 7 (`accesscontrol.limited-by-app-access-count`, or the
 * `…api…` one) and starts a ban of `banSeconds`; until it ends every call in its scope gets code 7 with
 * the seconds left. Refused calls are not counted.
 */
export class FlowControl {
  readonly #app: Window | undefined;
  readonly #apis: ReadonlyMap<string, Window>;
  readonly #banMs: number;

  constructor(limits: GatewayLimits) {
    this.#app =
      limits.appPerSecond === undefined ? undefined : new Window(perSecond("appPerSecond", limits.appPerSecond));
    this.#apis = new Map(
      Object.entries(limits.perApi ?? {}).map(([m, n]) => [m, new Window(perSecond(`perApi["${m}"]`, n))]),
    );
    const seconds = limits.banSeconds ?? 10;
    if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 1) {
      throw new TypeError(
        `createLocalGateway: limits.banSeconds must be a whole number, 1 or more, got ${String(seconds)}`,
      );
    }
    this.#banMs = seconds * 1000;
  }

  /** The code-7 answer for a call of `method` at `now`, or undefined when it is within the limits (and counted). */
  check(method: string | undefined, now: number): GatewayError | undefined {
    const api = method === undefined ? undefined : this.#apis.get(method);
    const scopes: [Window, BanScope][] = [];
    if (this.#app) scopes.push([this.#app, "app"]);
    if (api) scopes.push([api, "api"]);
    for (const [w, scope] of scopes) {
      if (w.bannedUntil > now) return banError(Math.ceil((w.bannedUntil - now) / 1000), scope);
    }
    for (const [w, scope] of scopes) {
      if (w.full(now)) {
        w.bannedUntil = now + this.#banMs;
        return banError(this.#banMs / 1000, scope);
      }
    }
    for (const [w] of scopes) w.count(now);
    return undefined;
  }
}
