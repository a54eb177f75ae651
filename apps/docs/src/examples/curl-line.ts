import { DefaultTaobaoClient, TOP_ENDPOINTS } from "@topkit/sdk";
import { type ApiIr, curlCommand } from "@topkit/sdk/ir";
import { wireExampleParams } from "./wire-example.js";

/** The time the example shows (08:30:00 GMT+8), so pages do not change with every build. */
const EXAMPLE_TIME = new Date("2024-05-01T00:30:00Z");

let placeholders: DefaultTaobaoClient | undefined;

/**
 * A client that signs for nobody: its app key is the placeholder the reader replaces, and the signature it
 * makes is replaced by a placeholder too. It only prepares requests, so it never opens a connection.
 */
function placeholderClient(): DefaultTaobaoClient {
  placeholders ??= new DefaultTaobaoClient(
    TOP_ENDPOINTS.production,
    "YOUR_APP_KEY",
    "no secret: sign is a placeholder",
  );
  return placeholders;
}

/**
 * The raw HTTP call for the doc's example values, its system params as the SDK's `prepareCall` builds them
 * (query), business params as a form body. The secret never appears: only a placeholder for the signature.
 */
export function curlLine(ir: ApiIr): string {
  const session = ir.needsSession ? "YOUR_SESSION_KEY" : undefined;
  // System params only: the signature is a placeholder anyway, and a doc param that takes a system param's
  // name (which the SDK refuses to send) must still get its page.
  const { url, query } = placeholderClient().prepareCall(ir.method, {}, session, { now: EXAMPLE_TIME });
  return [
    "# timestamp: now in GMT+8 (TOP allows ±10 min)",
    "# YOUR_SIGN: HMAC-SHA256 keyed with your app secret over the sorted name+value pairs, upper-case hex",
    "# (see the signing guide, or let `topkit call --dry-run` print this line signed)",
    curlCommand({ url, query: { ...query, sign: "YOUR_SIGN" }, body: wireExampleParams(ir.request) }),
  ].join("\n");
}
