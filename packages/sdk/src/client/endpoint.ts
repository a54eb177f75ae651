export interface Endpoint {
  readonly url: string;
  /** What error messages may show of it: host and path (no credentials, no query). */
  readonly shown: string;
  /** `http(s)://host[:port]`. */
  readonly origin: string;
  /** Path and any query the URL has, ending in `?` or `&`: the system params follow. */
  readonly pathPrefix: string;
}

/** Checks the server URL and splits it once, so that calls need not parse it again. */
export function endpointOf(serverUrl: string): Endpoint {
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
  return {
    url: serverUrl,
    shown: `${parsed.host}${parsed.pathname}`,
    origin: parsed.origin,
    pathPrefix: `${parsed.pathname}${parsed.search}${parsed.search ? "&" : "?"}`,
  };
}
