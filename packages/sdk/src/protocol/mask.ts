/** What stands for the secret wherever a signature is explained or a request is shown. */
export const SECRET_MASK = "<secret>";

/** A session key (or a signature) as logs and dry runs may show it: its first 4 characters only. */
export function maskSessionKey(value: string): string {
  return value.length <= 4 ? "****" : `${value.slice(0, 4)}…`;
}

/**
 * A function that replaces every occurrence of `secret` in a text with `<secret>`: for anything shown
 * that holds caller-given values (a business param may hold the secret by mistake). The function keeps
 * the secret in its closure, as the signer does; it is never stored anywhere else.
 */
export function secretMasker(secret: string): (text: string) => string {
  return secret === ""
    ? (text) => text
    : (text) => (text.includes(secret) ? text.replaceAll(secret, SECRET_MASK) : text);
}
