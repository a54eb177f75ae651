#!/usr/bin/env node
// CPU per call of DefaultTaobaoClient.execute(seed request) against a bare undici POST of the same
// size to the same local server (in a child process, so its CPU is not counted).
// Usage: pnpm build && node bench/client-overhead.mjs [calls=3000]
import { fork } from "node:child_process";
import { Agent, request } from "undici";
import {
  DefaultTaobaoClient,
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest,
} from "../dist/index.mjs";

const BODY =
  '{"tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response":{"result":{"code":"success","msg":"成功","success":"true"},"request_id":"16mq8a1s6v0ez"}}';

if (process.argv[2] === "--server") {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/javascript;charset=UTF-8" }).end(BODY));
  }).listen(0, "127.0.0.1", () => process.send(server.address().port));
} else {
  const calls = Number(process.argv[2] ?? 3000);
  const child = fork(new URL(import.meta.url).pathname, ["--server"]);
  const port = await new Promise((resolve) => child.once("message", resolve));
  const url = `http://127.0.0.1:${port}/router/rest`;
  const data = '[{"id":64,"store_id":3,"storeName":"222333444555666777","createTime":"2022-03-31 21:23:12"}]';
  const client = new DefaultTaobaoClient(url, "12345678", "helloworld", { retries: 0 });
  const agent = new Agent();
  const makeRequest = () => new SeedRequest({ req: { type: 1, data } });
  // The same bytes a signed call carries, prepared once: bare undici does no signing, checking or typing.
  const sample = new URLSearchParams(makeRequest().getTextParams()).toString();
  const query =
    "method=tmall.alihouse.customer.clue.out.invest.total.data.back.flow&app_key=12345678&timestamp=2024-05-01+08%3A30%3A00&v=2.0&sign_method=hmac-sha256&format=json&session=test-session&sign=" +
    "D7C43543176D529F1CB6A0CD7E30A6BA4DDFF4835ED8B91CCF3EAC74E0A603A2";
  const headers = { "content-type": "application/x-www-form-urlencoded;charset=UTF-8", "accept-encoding": "gzip" };

  const variants = {
    "bare undici (POST + body text)": async () => {
      const res = await request(`${url}?${query}`, { method: "POST", body: sample, headers, dispatcher: agent });
      await res.body.text();
    },
    "bare undici + JSON.parse": async () => {
      const res = await request(`${url}?${query}`, { method: "POST", body: sample, headers, dispatcher: agent });
      JSON.parse(await res.body.text());
    },
    "client.execute(seed request)": async () => {
      const rsp = await client.execute(makeRequest(), "test-session");
      if (!rsp.isSuccess()) throw new Error("unexpected error response");
    },
    "client.call(method, params)": async () => {
      await client.call(
        "tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
        { req: { type: 1, data } },
        "test-session",
      );
    },
  };

  /** CPU microseconds (user + system) per call over `n` sequential calls. */
  async function cpuPerCall(fn, n) {
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) await fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / n;
  }

  for (const fn of Object.values(variants)) await cpuPerCall(fn, 300); // warm up JIT and sockets
  const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const ROUNDS = 5;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(variants))
      results[name].push(await cpuPerCall(fn, Math.ceil(calls / ROUNDS)));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const best = (xs) => Math.min(...xs);
  const bare = results["bare undici (POST + body text)"];
  console.log(`node ${process.version}; ${calls} calls per variant in ${ROUNDS} interleaved rounds; CPU µs per call`);
  for (const [name, xs] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(34)} best ${best(xs).toFixed(1).padStart(6)} µs (${(best(xs) / best(bare)).toFixed(2)}x)` +
        `  median ${median(xs).toFixed(1).padStart(6)} µs (${(median(xs) / median(bare)).toFixed(2)}x bare undici)`,
    );
  }
  await client.close();
  await agent.close();
  child.kill();
}
