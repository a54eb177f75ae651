#!/usr/bin/env node
// Peak RSS of a client process reading hostile answers with default options: a 1 GiB gzip bomb (1 MB on
// the wire) and a 600 MB answer without content-length, served by this process to a CHILD client process
// (so the peak is the client's alone: process.resourceUsage().maxRSS). Targets: bomb ≤ 300 MB, aim ≤ 150 MB.
// Usage: pnpm build && node bench/bomb-rss.mjs
import { fork } from "node:child_process";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";

if (process.argv[2] === "--client") {
  const { DefaultTaobaoClient } = await import("../dist/index.mjs");
  const client = new DefaultTaobaoClient(process.argv[3], "12345678", "secret", { retries: 0 });
  const started = performance.now();
  let result = "ok";
  try {
    await client.call(process.argv[4]);
  } catch (error) {
    result = error.name;
  }
  const ms = performance.now() - started;
  await client.close();
  process.send({ result, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 });
} else {
  // gzip members concatenated inflate one after the other: 1,024 members of 1 MiB of spaces = 1 GiB.
  const member = gzipSync(Buffer.alloc(1 << 20, 0x20), { level: 9 });
  const bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  const piece = Buffer.alloc(1 << 20, 0x20);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.on("error", () => {});
      if (req.url.includes("bomb")) return res.writeHead(200, { "content-encoding": "gzip" }).end(bomb);
      res.writeHead(200);
      let sent = 0;
      const more = () => {
        while (sent < 600 && !res.destroyed) {
          sent++;
          if (!res.write(piece)) return void res.once("drain", more);
        }
        res.end();
      };
      more();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/router/rest`;
  console.log(
    `node ${process.version}; load average ${loadavg()[0].toFixed(2)}; default options (maxResponseBytes 64 MiB)`,
  );
  for (const [name, method] of [
    [`1 GiB gzip bomb (${(bomb.length / 1e6).toFixed(2)} MB on the wire)`, "x.bomb"],
    ["600 MB answer, no content-length", "x.endless"],
  ]) {
    const child = fork(new URL(import.meta.url).pathname, ["--client", url, method]);
    const got = await new Promise((resolve) => child.once("message", resolve));
    await new Promise((resolve) => child.once("exit", resolve));
    console.log(
      `  ${name.padEnd(44)} ${got.result.padEnd(26)} ${got.ms.toFixed(0).padStart(5)} ms  peak RSS ${got.peakRssMb.toFixed(0)} MB (target ≤ 300, aim ≤ 150)`,
    );
  }
  server.close();
}
