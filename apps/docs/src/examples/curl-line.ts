import type { ApiIr } from "@topkit/sdk/ir";
import { PRODUCTION_URL } from "./endpoints.js";
import { shellCommand } from "./shell-quote.js";
import { wireExampleParams } from "./wire-example.js";

/** System params as the Java SDK sends them (in the query), with placeholders for what the reader supplies. */
function systemQuery(ir: ApiIr): string {
  const params: [string, string][] = [
    ["method", ir.method],
    ["app_key", "YOUR_APP_KEY"],
    ...(ir.needsSession ? [["session", "YOUR_SESSION_KEY"] as [string, string]] : []),
    ["timestamp", "2024-05-01 08:30:00"],
    ["format", "json"],
    ["v", "2.0"],
    ["sign_method", "hmac-sha256"],
    ["sign", "YOUR_SIGN"],
  ];
  return new URLSearchParams(params).toString();
}

/**
 * The raw HTTP call for the doc's example values: system params in the query, business params as a
 * form body. The secret never appears: only a placeholder for the signature made with it.
 */
export function curlLine(ir: ApiIr): string {
  const body = Object.entries(wireExampleParams(ir.request)).map(([name, text]) => [
    "--data-urlencode",
    `${name}=${text}`,
  ]);
  return [
    "# timestamp: now in GMT+8 (TOP allows ±10 min)",
    "# YOUR_SIGN: HMAC-SHA256 keyed with your app secret over the sorted name+value pairs, upper-case hex",
    "# (see the signing guide, or let `topkit call --dry-run` print this line signed)",
    shellCommand(["curl", "-X", "POST", `${PRODUCTION_URL}?${systemQuery(ir)}`], body),
  ].join("\n");
}
