import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pipeline } from "node:stream";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

const COMPRESSED = /^(text\/|application\/json|image\/svg)/;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every response body sent, in order: URL path and bytes as sent (after gzip), for the bench. */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** The file a URL path names inside `root` (`/x/` -> `/x/index.html`), or undefined if none or outside. */
function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

/** Serves a built site from `root` on 127.0.0.1 at a free port, like a plain static host (404 page and gzip included). */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const sent: StaticServer["sent"] = [];
  const server = createServer((req, res) => {
    const entry = { path: req.url ?? "/", bytes: 0 };
    sent.push(entry);
    const write = res.write.bind(res);
    res.write = ((chunk: Buffer | string, ...rest: never[]) => {
      entry.bytes += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const file = fileFor(root, new URL(req.url ?? "/", "http://x").pathname);
    const notFound = join(root, "404.html");
    const status = file ? 200 : 404;
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    const type = served ? (TYPES[extname(served)] ?? "application/octet-stream") : "text/plain";
    // Text is gzipped when the browser accepts it, as any static host does; Pagefind's index files are
    // compressed already and go as they are.
    const gzip = served !== undefined && COMPRESSED.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    res.writeHead(status, {
      "content-type": type,
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    });
    // pipeline, not pipe: when the browser drops a request (a page left while Pagefind was still loading),
    // the file and gzip streams are closed too; with pipe each dropped request kept a file open.
    const done = () => undefined;
    if (!served) res.end("not found");
    else if (gzip) pipeline(createReadStream(served), createGzip(), res, done);
    else pipeline(createReadStream(served), res, done);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
