import type { HttpAnswer, HttpClient } from "../http/http-client.js";
import { type CatalogueApi, readCatalogue } from "./catalogue.js";
import { EndpointRefusal, successData } from "./endpoint-answer.js";

/** Validators from an earlier fetch of the same doc, for a conditional GET. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type DocAnswer =
  | { kind: "not-modified" }
  | { kind: "doc"; data: Record<string, unknown>; etag?: string | undefined; lastModified?: string | undefined };

/** The token step failed: nothing can be fetched without it, so the whole sync stops. */
export class TokenError extends Error {
  override name = "TokenError";
}

const header = (answer: HttpAnswer, name: string) => {
  const value = answer.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * TOP's doc site as the browser uses it: GET `/docCenter` for the `_tb_token_` cookie, then the JSON
 * handlers with that token in the query and the cookie sent back (docs/architecture.md "Pipeline").
 */
export class DocEndpoint {
  private token: string | undefined;

  /** `base` is the site root with a trailing slash, e.g. `https://open.taobao.com/` (a path prefix is kept). */
  constructor(
    private readonly base: URL,
    private readonly http: HttpClient,
  ) {}

  /** Visits `/docCenter` (following up to 3 redirects) until the site has set `_tb_token_`. */
  async fetchToken(): Promise<string> {
    let url = new URL("docCenter", this.base).href;
    for (let hop = 0; hop <= 3; hop++) {
      let answer: HttpAnswer;
      try {
        answer = await this.http.get(url, { accept: "text/html" });
      } catch (e) {
        throw new TokenError(`cannot get the _tb_token_ cookie: ${(e as Error).message}`);
      }
      this.token = this.http.cookies.get("_tb_token_");
      if (this.token) return this.token;
      const location = header(answer, "location");
      if (answer.status >= 300 && answer.status < 400 && location) url = new URL(location, url).href;
      else
        throw new TokenError(`cannot get the _tb_token_ cookie: GET ${url} answered HTTP ${answer.status} without it`);
    }
    throw new TokenError(`cannot get the _tb_token_ cookie: too many redirects from ${this.base.href}docCenter`);
  }

  /** One API's doc; `validators` make it conditional. A refusal is retried once with a fresh token. */
  async document(docId: number, validators: Validators = {}): Promise<DocAnswer> {
    try {
      return await this.documentOnce(docId, validators);
    } catch (e) {
      if (!(e instanceof EndpointRefusal)) throw e;
      await this.fetchToken();
      return this.documentOnce(docId, validators);
    }
  }

  /** Every API of the catalogue with its category. */
  async catalogue(): Promise<CatalogueApi[]> {
    const url = this.handler("getApiCatelogConfig.json", { scopeId: "", treeId: "", docId: "", docType: "2", tag: "" });
    return readCatalogue(successData(await this.http.get(url, { accept: "application/json" }), "the catalogue"));
  }

  private async documentOnce(docId: number, validators: Validators): Promise<DocAnswer> {
    const url = this.handler("getDocument.json", { isEn: "false", docId: String(docId), docType: "2" });
    const headers: Record<string, string> = { accept: "application/json" };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const answer = await this.http.get(url, headers);
    if (answer.status === 304) return { kind: "not-modified" };
    const data = successData(answer, `docId ${docId}`) as Record<string, unknown>;
    return { kind: "doc", data, etag: header(answer, "etag"), lastModified: header(answer, "last-modified") };
  }

  private handler(name: string, query: Record<string, string>): string {
    if (!this.token) throw new Error(`${name}: no _tb_token_ yet (call fetchToken first)`);
    const url = new URL(`handler/document/${name}`, this.base);
    for (const [key, value] of Object.entries({ ...query, _tb_token_: this.token })) url.searchParams.set(key, value);
    return url.href;
  }
}
