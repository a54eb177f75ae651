/** A GET that did not give a usable answer after every allowed attempt: says what was asked and what happened. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly attempts: number,
    readonly status?: number,
  ) {
    super(`GET ${shownUrl(url)}: ${reason}${attempts > 1 ? ` (after ${attempts} attempts)` : ""}`);
  }
}

/** The URL for messages: the anti-CSRF token is noise there (and changes every run), so it is elided. */
export function shownUrl(url: string): string {
  return url.replace(/([?&]_tb_token_=)[^&]*/, "$1…");
}

/** A transport failure (timeout, refused, reset) in words, from undici's and Node's error codes. */
export function transportReason(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: string }).code ?? "";
  if ((error as Error).name === "TimeoutError" || (error as { cause?: Error }).cause?.name === "TimeoutError") {
    return `no answer within ${timeoutMs} ms`;
  }
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT") {
    return `no answer within ${timeoutMs} ms`;
  }
  const message = (error as Error).message ?? String(error);
  return code ? `connection failed (${code}: ${message})` : `connection failed (${message})`;
}
