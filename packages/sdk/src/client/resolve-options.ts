import { assertSignMethod, type SignMethod } from "../protocol/sign.js";
import type { ResponseFormat } from "../protocol/system-params.js";
import type { ClientHooks, TaobaoClientOptions } from "./options.js";

export interface ResolvedOptions {
  readonly format: ResponseFormat;
  readonly signMethod: SignMethod;
  readonly simplify: boolean;
  readonly partnerId: string | undefined;
  readonly targetAppKey: string | undefined;
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxBanWaitMs: number;
  readonly throwOnApiError: boolean;
  readonly proxy: string | false | undefined;
  readonly userAgent: string;
  readonly hooks: ClientHooks;
}

/** A non-negative finite number, or a TypeError that names the option. */
function duration(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`DefaultTaobaoClient: ${name} must be a non-negative number of milliseconds, got ${value}`);
  }
  return value;
}

/** The options with defaults filled in and every value checked, so a typo fails at construction. */
export function resolveOptions(o: TaobaoClientOptions): ResolvedOptions {
  const format = o.format ?? "json";
  if (format !== "json" && format !== "xml") {
    throw new TypeError(`DefaultTaobaoClient: format must be "json" or "xml", got "${String(format)}"`);
  }
  const signMethod = o.signMethod ?? "hmac-sha256";
  assertSignMethod(signMethod);
  const t = typeof o.timeoutMs === "number" ? { total: o.timeoutMs } : (o.timeoutMs ?? {});
  const r = typeof o.retries === "number" ? { count: o.retries } : (o.retries ?? {});
  const retries = r.count ?? 2;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new TypeError(`DefaultTaobaoClient: retries must be a whole number, 0 or more, got ${retries}`);
  }
  return {
    format,
    signMethod,
    simplify: o.simplify ?? false,
    partnerId: o.partnerId,
    targetAppKey: o.targetAppKey,
    connectTimeoutMs: duration("timeoutMs.connect", t.connect, 15_000),
    totalTimeoutMs: duration("timeoutMs.total", t.total, 30_000),
    retries,
    baseDelayMs: duration("retries.baseDelayMs", r.baseDelayMs, 500),
    maxDelayMs: duration("retries.maxDelayMs", r.maxDelayMs, 8_000),
    maxBanWaitMs: duration("retries.maxBanWaitMs", r.maxBanWaitMs, 10_000),
    throwOnApiError: o.throwOnApiError ?? false,
    proxy: o.proxy,
    userAgent: o.userAgent ?? `topkit-sdk (node ${process.version})`,
    hooks: o.hooks ?? {},
  };
}
