import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** What the test server saw of one request. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
  /** Text fields of the body (form-urlencoded or multipart). */
  readonly form: Record<string, string>;
  readonly files: Record<string, { name: string; type: string; text: string }>;
}

/** How the server answers: a body (optionally gzipped), a status, or misbehaviour. */
export interface Answer {
  readonly status?: number;
  readonly body?: string;
  readonly contentType?: string;
  readonly gzip?: boolean;
  /** Say `content-encoding: gzip` but send the body as it is. */
  readonly falseGzip?: boolean;
  /** Close the socket without answering. */
  readonly destroy?: boolean;
  /** Never answer (until the server closes). */
  readonly hang?: boolean;
  /** Send the headers and the first half of the body, then nothing more. */
  readonly stall?: boolean;
}

export type Handler = (request: Received, index: number) => Answer | Promise<Answer>;

export interface RecordingServer {
  readonly url: string;
  readonly received: Received[];
  close(): Promise<void>;
}

async function readBody(raw: Buffer, headers: IncomingHttpHeaders): Promise<Pick<Received, "form" | "files">> {
  const type = headers["content-type"] ?? "";
  const form: Record<string, string> = {};
  const files: Received["files"] = {};
  if (type.startsWith("multipart/form-data")) {
    const parsed = await new Request("http://x/", {
      method: "POST",
      body: raw,
      headers: { "content-type": type },
    }).formData();
    for (const [name, value] of parsed.entries()) {
      if (typeof value === "string") form[name] = value;
      else files[name] = { name: value.name, type: value.type, text: await value.text() };
    }
  } else {
    for (const [name, value] of new URLSearchParams(raw.toString("utf8"))) form[name] = value;
  }
  return { form, files };
}

/** A node:http server on 127.0.0.1 that records every request and answers with `handler`. */
export async function startServer(handler: Handler): Promise<RecordingServer> {
  const received: Received[] = [];
  const hanging = new Set<() => void>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: Received = {
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      raw,
      ...(await readBody(raw, req.headers)),
    };
    received.push(request);
    const answer = await handler(request, received.length - 1);
    if (answer.destroy) return req.socket.destroy();
    if (answer.hang) return hanging.add(() => res.destroy());
    const body = Buffer.from(answer.body ?? "", "utf8");
    if (answer.stall) {
      res.writeHead(200, { "content-length": String(body.length) }).write(body.subarray(0, body.length >> 1));
      return hanging.add(() => res.destroy());
    }
    const headers: Record<string, string> = { "content-type": answer.contentType ?? "text/javascript;charset=UTF-8" };
    if (answer.gzip || answer.falseGzip) headers["content-encoding"] = "gzip";
    res.writeHead(answer.status ?? 200, headers).end(answer.gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/router/rest`,
    received,
    close: () => {
      for (const end of hanging) end();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A JSON answer. */
export const json = (body: unknown): Answer => ({ body: typeof body === "string" ? body : JSON.stringify(body) });
