import { constants } from "node:buffer";
import { assertSignMethod, type SignMethod } from "../protocol/sign.js";
import type { ResponseFormat } from "../protocol/system-params.js";
import { type ClientHooks, DEFAULT_MAX_RESPONSE_BYTES, MAX_TIMEOUT_MS, type TaobaoClientOptions } from "./options.js";

export interface ResolvedOptions {
  readonly format: ResponseFormat;
  readonly signMethod: SignMethod;
  readonly simplify: boolean;
  readonly partnerId: string | undefined;
  readonly targetAppKey: string | undefined;
  readonly connectTimeoutMs: number;
  /** 0: no deadline. */
  readonly totalTimeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxBanWaitMs: number;
  readonly throwOnApiError: boolean;
  readonly proxy: string | false | undefined;
  readonly userAgent: string;
  readonly hooks: ClientHooks;
}

/** A number in [0, max], or a TypeError that names the option. */
function duration(name: string, value: number | undefined, fallback: number, max = Number.MAX_VALUE): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`DefaultTaobaoClient: ${name} must be a non-negative number of milliseconds, got ${value}`);
  }
  if (value > max) {
    throw new TypeError(
      `DefaultTaobaoClient: ${name} is ${value} ms, more than a Node timer holds (${max} ms, about 24.8 days); use 0 for no timeout`,
    );
  }
  return value;
}

/** Node makes no string longer than this, so a body may not be larger either. */
const LARGEST_BODY = Math.min(512 * 1024 * 1024, constants.MAX_STRING_LENGTH);

function byteLimit(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(value) || value < 1 || value > LARGEST_BODY) {
    throw new TypeError(
      `DefaultTaobaoClient: maxResponseBytes must be a whole number of bytes from 1 to ${LARGEST_BODY}, got ${value}`,
    );
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
    connectTimeoutMs: duration("timeoutMs.connect", t.connect, 15_000, MAX_TIMEOUT_MS),
    totalTimeoutMs: duration("timeoutMs.total", t.total, 30_000, MAX_TIMEOUT_MS),
    maxResponseBytes: byteLimit(o.maxResponseBytes),
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
