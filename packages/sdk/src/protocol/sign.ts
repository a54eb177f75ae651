import { createHash, createHmac, createSecretKey } from "node:crypto";
import { maskSessionKey, SECRET_MASK, secretMasker } from "./mask.js";

/** How TOP signs a call (`sign_method`): MD5 of secret+params+secret, HMAC-MD5 or HMAC-SHA256 keyed by the secret. */
export type SignMethod = "md5" | "hmac" | "hmac-sha256";

export const SIGN_METHODS: readonly SignMethod[] = ["md5", "hmac", "hmac-sha256"];

/** Text params as signed: absent, empty and blank values are dropped (they are not sent either). */
export type SignableParams = Readonly<Record<string, string | null | undefined>>;

const isBlank = (value: string | null | undefined): value is null | undefined | "" =>
  value === undefined || value === null || value.trim() === "";

/**
 * TOP's canonical string: every non-blank param except `sign`, names sorted by UTF-16 code unit
 * (ASCII order for TOP's names), `name + value` concatenated without separators.
 */
export function canonicalString(params: SignableParams): string {
  const names = Object.keys(params)
    .filter((name) => name !== "sign" && !isBlank(params[name]))
    .sort();
  let out = "";
  for (const name of names) out += name + params[name];
  return out;
}

/** Signs canonical strings with one secret and method: what a client keeps instead of the bare secret. */
export type TopSigner = (canonical: string) => string;

/**
 * A signer for `secret` under `signMethod`: upper-case hex of MD5(secret+s+secret), HMAC-MD5 or
 * HMAC-SHA256. The HMAC key is prepared once (a KeyObject), which saves work on every call.
 */
export function topSigner(secret: string, signMethod: SignMethod): TopSigner {
  assertSignMethod(signMethod);
  if (signMethod === "md5") {
    return (canonical) =>
      createHash("md5")
        .update(secret + canonical + secret, "utf8")
        .digest("hex")
        .toUpperCase();
  }
  const key = createSecretKey(Buffer.from(secret, "utf8"));
  const digest = signMethod === "hmac" ? "md5" : "sha256";
  return (canonical) => createHmac(digest, key).update(canonical, "utf8").digest("hex").toUpperCase();
}

/** The signature TOP expects in `sign`: upper-case hex of the digest over the canonical string. */
export function signTopRequest(params: SignableParams, secret: string, signMethod: SignMethod): string {
  return topSigner(secret, signMethod)(canonicalString(params));
}

/** Throws a TypeError naming the allowed methods unless `value` is one of them. */
export function assertSignMethod(value: unknown): asserts value is SignMethod {
  if (!SIGN_METHODS.includes(value as SignMethod)) {
    throw new TypeError(`unknown sign method "${String(value)}"; use one of ${SIGN_METHODS.join(", ")}`);
  }
}

/**
 * The exact string that is hashed, for debugging a code-25 "Invalid signature": with `md5` the secret
 * wraps the canonical string, shown as `<secret>`; with the HMAC methods the secret is the key and the
 * string is the canonical string alone. Any occurrence of the secret inside a value is masked too, and
 * the session shows its first 4 characters only (as hooks and dry runs show it): compare the rest by eye.
 */
export function explainSignature(params: SignableParams, secret: string, signMethod: SignMethod): string {
  assertSignMethod(signMethod);
  const session = params.session;
  const shown = session ? { ...params, session: maskSessionKey(session) } : params;
  const canonical = secretMasker(secret)(canonicalString(shown));
  return signMethod === "md5" ? SECRET_MASK + canonical + SECRET_MASK : canonical;
}
