#!/usr/bin/env node
// One call in a fresh process, so its peak RSS is the client's alone: prints what the call gave (the
// error class or "ok"), its wall time and the process's peak RSS (resourceUsage().maxRSS).
// Usage: node probe.mjs <server url> <api method> <client options as JSON>
import { DefaultTaobaoClient } from "../../../dist/index.mjs";

const [url, method, options] = process.argv.slice(2);
const client = new DefaultTaobaoClient(url, "12345678", "secret", { retries: 0, ...JSON.parse(options) });
const started = performance.now();
let outcome;
try {
  const body = await client.call(method);
  outcome = { result: "ok", keys: Object.keys(body) };
} catch (error) {
  outcome = { result: error.name, message: String(error.message).slice(0, 300) };
}
const ms = performance.now() - started;
await client.close();
console.log(JSON.stringify({ ...outcome, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
