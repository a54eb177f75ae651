import type { ClientHooks, TaobaoClientOptions } from "@topkit/sdk";
import type { Settings } from "../../config/settings.js";
import { version } from "../../version.js";
import { durationMs, wholeNumber } from "../flag-numbers.js";
import type { CallFlags } from "./call-flags.js";

/** The SDK client options for a call: flags and settings mapped one to one; TOP errors thrown as TopApiError. */
export function clientOptions(flags: CallFlags, settings: Settings, hooks: ClientHooks): TaobaoClientOptions {
  return {
    ...(flags.format && { format: flags.format }),
    ...(settings.signMethod && { signMethod: settings.signMethod }),
    ...(flags.simplify && { simplify: true }),
    ...(flags.timeout !== undefined && { timeoutMs: durationMs(flags.timeout, "--timeout") }),
    ...(flags.retries !== undefined && { retries: wholeNumber(flags.retries, "--retries", 10) }),
    throwOnApiError: true,
    userAgent: `topkit-cli/${version} (node ${process.version})`,
    hooks,
  };
}
