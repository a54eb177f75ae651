import { type BanScope, banSubMsg, CALL_LIMITED_CODE, LIMIT_SUB_CODES } from "../protocol/call-limit.js";
import type { GatewayFault } from "./faults.js";
import { type GatewayError, topError } from "./top-errors.js";

/** How the faults hitting one call shape its answer: delays add up, gzip applies, the first other fault decides. */
export interface FaultPlan {
  readonly delayMs: number;
  readonly gzip: boolean;
  /** The answer is replaced: the connection reset, an HTTP error page, or a cut body. */
  readonly transport: "reset" | "http" | "malformed" | undefined;
  readonly httpStatus: number;
  /** The answer is this `error_response` instead. */
  readonly error: GatewayError | undefined;
}

/** Code 7 as TOP words it: the sub_msg says how long the ban lasts (the client reads the seconds from it). */
export const banError = (seconds: number, scope: BanScope = "app"): GatewayError =>
  topError(CALL_LIMITED_CODE, LIMIT_SUB_CODES[scope], banSubMsg(seconds));

function faultError(fault: GatewayFault): GatewayError | undefined {
  switch (fault.kind) {
    case "ban":
      return banError(fault.seconds);
    case "isp":
      return topError(15, fault.subCode ?? "isp.top-remote-unknown-error", fault.subMsg ?? "TOP's backend failed");
    case "error":
      return topError(fault.code, fault.subCode, fault.subMsg, fault.msg);
    default:
      return undefined;
  }
}

export function faultPlan(faults: readonly GatewayFault[]): FaultPlan {
  let delayMs = 0;
  let gzip = false;
  const decisive = faults.find((f) => f.kind !== "delay" && f.kind !== "gzip");
  for (const f of faults) {
    if (f.kind === "delay") delayMs += f.ms;
    if (f.kind === "gzip") gzip = true;
  }
  const kind = decisive?.kind;
  return {
    delayMs,
    gzip,
    transport: kind === "reset" || kind === "http" || kind === "malformed" ? kind : undefined,
    httpStatus: decisive?.kind === "http" ? (decisive.status ?? 502) : 200,
    error: decisive && faultError(decisive),
  };
}
