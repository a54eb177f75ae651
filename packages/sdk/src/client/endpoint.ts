/** Checks the server URL; returns it and what error messages may show of it (no credentials, no query). */
export function endpointOf(serverUrl: string): { url: string; shown: string } {
  let parsed: URL;
  try {
    parsed = new URL(serverUrl);
  } catch {
    throw new TypeError(
      `DefaultTaobaoClient: serverUrl "${serverUrl}" is not a URL; use e.g. DefaultTaobaoClient.env.production`,
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError(`DefaultTaobaoClient: serverUrl must be http(s), got "${parsed.protocol}"`);
  }
  return { url: serverUrl, shown: `${parsed.host}${parsed.pathname}` };
}
