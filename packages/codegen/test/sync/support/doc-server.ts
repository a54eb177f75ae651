import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the imitation answers instead of the real thing, once per queued fault. */
export type Fault = { status: number; retryAfter?: string } | { delayMs: number } | { drop: true };

export type Route = "docCenter" | "getDocument.json" | "getApiCatelogConfig.json";

export interface Logged {
  route: Route;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  at: number;
  status: number;
}

export interface Category {
  id: number;
  name: string;
  docIds: number[];
}

/**
 * A local imitation of TOP's doc site: `/docCenter` sets `_tb_token_`; the JSON handlers refuse a request
 * whose token is missing, stale or not the cookie's (like the site: HTTP 200, `success: false`); docs carry
 * an ETag and Last-Modified and answer 304 to a matching validator; queued faults (429/5xx, slow answers,
 * dropped connections) are served first. Every request is logged.
 */
export class DocServer {
  readonly docs = new Map<number, Record<string, unknown>>();
  readonly categories: Category[] = [];
  readonly log: Logged[] = [];
  /** Faults to serve, per route, in order; `always` ones never run out. */
  readonly faults = new Map<Route, Fault[]>();
  readonly always = new Map<Route, Fault>();
  /** JSON requests a token is good for before the site "expires" it (页面已过期); unlimited by default. */
  tokenUses = Number.POSITIVE_INFINITY;
  private readonly tokens = new Map<string, number>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  url = "";

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  inject(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  requests(route: Route): Logged[] {
    return this.log.filter((l) => l.route === route);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const route = (["docCenter", "getDocument.json", "getApiCatelogConfig.json"] as const).find(
      (r) => url.pathname === (r === "docCenter" ? "/docCenter" : `/handler/document/${r}`),
    );
    const entry = {
      route: route ?? ("docCenter" as Route),
      query: url.searchParams,
      headers: req.headers,
      at: Date.now(),
    };
    const send = (status: number, body: string, headers: Record<string, string | string[]> = {}) => {
      this.log.push({ ...entry, status });
      res.writeHead(status, { "content-type": "application/json;charset=UTF-8", ...headers }).end(body);
    };
    if (!route) return send(404, "not found");
    const fault = this.faults.get(route)?.shift() ?? this.always.get(route);
    if (fault && "drop" in fault) {
      this.log.push({ ...entry, status: 0 });
      return void req.socket.destroy();
    }
    if (fault && "delayMs" in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (res.destroyed) return;
    if (fault && "status" in fault) {
      return send(fault.status, "busy", fault.retryAfter ? { "retry-after": fault.retryAfter } : {});
    }
    if (route === "docCenter") return this.docCenter(send);
    if (!this.tokenOk(req, url)) return send(200, JSON.stringify({ success: false, errorMsg: "页面已过期，请刷新" }));
    if (route === "getApiCatelogConfig.json")
      return send(200, JSON.stringify({ success: true, data: this.catalogue() }));
    return this.document(req, url, send);
  }

  private docCenter(send: (s: number, b: string, h?: Record<string, string | string[]>) => void): void {
    const token = randomBytes(6).toString("hex");
    this.tokens.set(token, 0);
    send(200, "<html>docCenter</html>", {
      "content-type": "text/html",
      "set-cookie": [`_tb_token_=${token}; Path=/; HttpOnly`, "cookie2=imitation; Path=/"],
    });
  }

  private tokenOk(req: IncomingMessage, url: URL): boolean {
    const token = url.searchParams.get("_tb_token_") ?? "";
    const cookie = /(?:^|;\s*)_tb_token_=([^;]*)/.exec(req.headers.cookie ?? "")?.[1];
    const uses = this.tokens.get(token);
    if (uses === undefined || uses >= this.tokenUses) return false;
    this.tokens.set(token, uses + 1);
    return cookie === token && /cookie2=imitation/.test(req.headers.cookie ?? "");
  }

  private document(req: IncomingMessage, url: URL, send: (s: number, b: string, h?: Record<string, string>) => void) {
    const data = this.docs.get(Number(url.searchParams.get("docId")));
    if (!data) return send(200, JSON.stringify({ success: false, errorMsg: "文档不存在" }));
    const body = JSON.stringify({ success: true, data });
    const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
    const lastModified = new Date(Number(data.gmtModified ?? 0)).toUTCString();
    if (req.headers["if-none-match"] === etag) return send(304, "", { etag });
    send(200, body, { etag, "last-modified": lastModified });
  }

  private catalogue(): unknown {
    const row = (docId: number) => {
      const d = this.docs.get(docId) ?? {};
      return { id: docId * 10, docId, docType: 2, name: d.name, subName: d.apiChineseName, tips: "" };
    };
    const catelogTrees = this.categories.map((c) => ({ id: c.id, name: c.name, catelogList: c.docIds.map(row) }));
    return { id: 1, name: "API文档", treeCategories: [{ id: 1, name: "API", catelogTrees }] };
  }
}
