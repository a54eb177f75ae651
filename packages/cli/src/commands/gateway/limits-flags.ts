import type { GatewayLimits } from "@topkit/sdk/testing";
import { usageError } from "../../cli-error.js";
import { wholeNumber } from "../shared-options.js";

export interface LimitFlags {
  appPerSecond?: string;
  apiPerSecond?: string[];
  banSeconds?: string;
}

const MAX_RATE = 1_000_000;

/**
 * `--app-per-second`, `--api-per-second <method=n>` (repeatable) and `--ban-seconds` as the gateway's
 * `limits` option (TOP's flow control: code 7 when exceeded, then a ban); undefined when none is given.
 */
export function gatewayLimits(flags: LimitFlags): GatewayLimits | undefined {
  const perApi: Record<string, number> = {};
  for (const pair of flags.apiPerSecond ?? []) {
    const at = pair.lastIndexOf("=");
    const method = pair.slice(0, at).trim();
    if (at < 0 || method === "") {
      throw usageError(
        `--api-per-second "${pair}": expected <method>=<calls per second>`,
        "e.g. --api-per-second taobao.trades.sold.get=40",
      );
    }
    perApi[method] = positiveRate(pair.slice(at + 1), `--api-per-second ${method}`);
  }
  const hasApis = Object.keys(perApi).length > 0;
  if (flags.appPerSecond === undefined && !hasApis) {
    if (flags.banSeconds !== undefined) {
      throw usageError("--ban-seconds needs a limit to enforce", "add --app-per-second or --api-per-second");
    }
    return undefined;
  }
  return {
    ...(flags.appPerSecond !== undefined && { appPerSecond: positiveRate(flags.appPerSecond, "--app-per-second") }),
    ...(hasApis && { perApi }),
    ...(flags.banSeconds !== undefined && {
      banSeconds: Math.max(1, wholeNumber(flags.banSeconds, "--ban-seconds", 86_400)),
    }),
  };
}

function positiveRate(text: string, flag: string): number {
  const n = wholeNumber(text, flag, MAX_RATE);
  if (n === 0) throw usageError(`${flag} "${text}": expected a whole number of calls per second from 1 to ${MAX_RATE}`);
  return n;
}
