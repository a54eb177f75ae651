/** An `error_response` as the gateway sends it (TOP sends `code` as a JSON number). */
export interface GatewayError {
  readonly code: number;
  readonly msg: string;
  readonly subCode?: string;
  readonly subMsg?: string;
}

// TOP's platform error table (codes below 100), in the wording its JSON answers use.
const MESSAGES: Readonly<Record<number, string>> = {
  3: "Upload Fail",
  7: "App Call Limited",
  9: "Http Action Not Allowed",
  10: "Service Currently Unavailable",
  15: "Remote service error",
  21: "Missing method",
  22: "Invalid method",
  23: "Invalid format",
  24: "Missing signature",
  25: "Invalid signature",
  26: "Missing session",
  27: "Invalid session",
  28: "Missing app key",
  29: "Invalid app key",
  30: "Missing timestamp",
  31: "Invalid timestamp",
  32: "Missing version",
  33: "Invalid version",
  34: "Unsupported version",
  40: "Missing required arguments",
  41: "Invalid arguments",
};

/** A platform error with TOP's message for `code`, and an optional sub-code and explanation. */
export function topError(code: number, subCode?: string, subMsg?: string, msg = MESSAGES[code]): GatewayError {
  return {
    code,
    msg: msg ?? "Unknown error",
    ...(subCode === undefined ? {} : { subCode }),
    ...(subMsg === undefined ? {} : { subMsg }),
  };
}
