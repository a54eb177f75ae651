import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// The gateway's own reading of TOP's signature rule, kept apart from src/protocol/sign.ts on purpose:
// a gateway that reused the client's signer would accept whatever mistake the signer made.
const DIGESTS: Readonly<Record<string, "md5" | "sha256">> = { md5: "md5", hmac: "md5", "hmac-sha256": "sha256" };

/** The bytes TOP hashes: non-blank params but `sign`, names in byte order, `name` + `value` as UTF-8. */
function canonicalBytes(params: Readonly<Record<string, string>>): Buffer {
  const names = Object.keys(params)
    .filter((name) => name !== "sign" && params[name]!.trim() !== "")
    .map((name) => Buffer.from(name, "utf8"))
    .sort(Buffer.compare);
  return Buffer.concat(names.flatMap((name) => [name, Buffer.from(params[name.toString("utf8")]!, "utf8")]));
}

/** Upper-case hex signature of `params` under `signMethod`, or undefined for a method TOP does not know. */
export function expectedSignature(
  params: Readonly<Record<string, string>>,
  secret: string,
  signMethod: string,
): string | undefined {
  const digest = DIGESTS[signMethod];
  if (!digest) return undefined;
  const canonical = canonicalBytes(params);
  const key = Buffer.from(secret, "utf8");
  const hash =
    signMethod === "md5"
      ? createHash("md5").update(Buffer.concat([key, canonical, key]))
      : createHmac(digest, key).update(canonical);
  return hash.digest("hex").toUpperCase();
}

/** True when `given` is exactly the expected upper-case hex signature, compared in constant time. */
export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
