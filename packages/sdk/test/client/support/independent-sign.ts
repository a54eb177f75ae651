import { createHash, createHmac } from "node:crypto";
import type { Received } from "./recording-server.js";

/**
 * A second implementation of TOP's signature, written apart from src/protocol/sign.ts on purpose
 * (byte-wise ordering of names, Buffer concatenation), as the gateway would check it.
 */
export function independentSign(params: Record<string, string>, secret: string, method: string): string {
  const names = Object.keys(params)
    .filter((n) => n !== "sign" && params[n] !== undefined && params[n]!.trim().length > 0)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const joined = Buffer.concat(names.flatMap((n) => [Buffer.from(n, "utf8"), Buffer.from(params[n]!, "utf8")]));
  const key = Buffer.from(secret, "utf8");
  if (method === "md5")
    return createHash("md5")
      .update(Buffer.concat([key, joined, key]))
      .digest("hex")
      .toUpperCase();
  const algorithm = method === "hmac" ? "md5" : method === "hmac-sha256" ? "sha256" : undefined;
  if (!algorithm) throw new Error(`test server: unknown sign_method ${method}`);
  return createHmac(algorithm, key).update(joined).digest("hex").toUpperCase();
}

/** Every text param the server received (query and body fields; never files). */
export const allTextParams = (r: Received): Record<string, string> => ({ ...r.form, ...r.query });

/** True when the received `sign` matches what the server computes itself. */
export function signatureHolds(r: Received, secret: string): boolean {
  const params = allTextParams(r);
  return params.sign === independentSign(params, secret, params.sign_method ?? "");
}
