/**
 * The few cookies the doc site sets (`_tb_token_` and its session companions), replayed on every later
 * request to the same host. One host only, so no domain or path matching: the sync talks to one base URL.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Records each `Set-Cookie` header (`name=value; Path=/; HttpOnly`): only the leading pair matters here. */
  store(setCookie: string | string[] | undefined): void {
    for (const header of typeof setCookie === "string" ? [setCookie] : (setCookie ?? [])) {
      const pair = header.split(";", 1)[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The `Cookie` request header, or undefined while the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
