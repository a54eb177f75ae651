import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

/** Answers by the called API method (the `method` query param), each a way a server can misbehave. */
export type Misbehaviour = (res: ServerResponse) => void;

/**
 * About `mb` MB (1e6 bytes) of `<method>_response` holding a list of small trade objects, as pieces: a
 * block of 1,000 trades (~130 KB) repeated, so that making even a 64 MB body costs the server nothing.
 */
export function tradesBody(mb: number, method = "taobao.trades.sold.get"): Buffer[] {
  const key = `${method.replace(/^taobao\./, "").replace(/\./g, "_")}_response`;
  const trade = (i: number) =>
    `{"tid":${2940328723781049652n + BigInt(i)},"status":"WAIT_SELLER_SEND_GOODS","payment":"99.00","num":${i % 7},"title":"商品 ${i}"}`;
  const count = mb < 0.1 ? Math.max(1, Math.round((mb * 1e6) / 120)) : 1000;
  const block = Buffer.from(Array.from({ length: count }, (_, i) => trade(i)).join(","));
  const comma = Buffer.from(",");
  const pieces: Buffer[] = [Buffer.from(`{"${key}":{"trades":{"trade":[`), block];
  for (let size = block.length; size + block.length < mb * 1e6; size += block.length + 1) pieces.push(comma, block);
  pieces.push(Buffer.from(`]},"request_id":"r"}}`));
  return pieces;
}

/**
 * A gzip body that inflates to `inflatedMiB` MiB of spaces: one gzip member of 1 MiB repeated (gzip
 * readers go on to the next member), about 1 KiB compressed per MiB.
 */
export function gzipBomb(inflatedMiB: number): Buffer {
  const member = gzipSync(Buffer.alloc(1 << 20, 0x20), { level: 9 });
  return Buffer.concat(Array.from({ length: inflatedMiB }, () => member));
}

/** A loopback server answering each API method with its misbehaviour (or 404 for an unknown method). */
export async function startHostileServer(answers: Record<string, Misbehaviour>) {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const method = new URL(req.url ?? "/", "http://x").searchParams.get("method") ?? "";
      const answer = answers[method];
      if (answer) answer(res);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/router/rest`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes `pieces` as a chunked body (no content-length), waiting for the socket to drain. */
export function writePieces(
  res: ServerResponse,
  pieces: readonly Buffer[],
  headers: Record<string, string> = {},
): void {
  res.writeHead(200, { "content-type": "text/javascript;charset=UTF-8", ...headers });
  let i = 0;
  const next = (): void => {
    while (i < pieces.length) {
      if (res.destroyed) return;
      if (!res.write(pieces[i++])) {
        res.once("drain", next);
        return;
      }
    }
    res.end();
  };
  res.on("error", () => {}); // the client dropping the connection mid-body is the point of some tests
  next();
}
