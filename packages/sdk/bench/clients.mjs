#!/usr/bin/env node
// Requests/s and client CPU per call of three ways to make the seed call, against a loopback server in a
// CHILD process (its CPU is not counted) that answers every request with the same fixed body:
//   - bare undici: a POST of the same query and form, then `body.json()` (no signing, checking or typing);
//   - topkit: `DefaultTaobaoClient.execute(new SeedRequest(...), session)`;
//   - node-taobao-topclient 0.1.7 (npm; `request`-based, md5 only): `client.execute(method, params)`.
// Interleaved rounds, sequentially and at a concurrency; prints best/median/worst per variant and the ratios.
// Usage: pnpm bench:sdk   (or, after a build: node packages/sdk/bench/clients.mjs [calls-per-round=1500] [rounds=5])
import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { Agent, request } from "undici";
import { DefaultTaobaoClient } from "../dist/index.mjs";
import { bundledIrOf, exampleInit } from "../dist/ir/index.mjs";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "../generated/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.mjs";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const BODY =
  '{"tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response":{"result":{"code":"success","msg":"成功","success":"true"},"request_id":"16mq8a1s6v0ez"}}';

if (process.argv[2] === "--server") {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/javascript;charset=UTF-8" }).end(BODY));
  }).listen(0, "127.0.0.1", () => process.send(server.address().port));
} else {
  const [callsPerRound = 1500, rounds = 5] = process.argv.slice(2).map(Number);
  const TopClient = createRequire(import.meta.url)("node-taobao-topclient").default;
  const child = fork(new URL(import.meta.url).pathname, ["--server"]);
  const port = await new Promise((resolve) => child.once("message", resolve));
  const url = `http://127.0.0.1:${port}/router/rest`;
  const session = "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a02";
  const init = exampleInit(bundledIrOf(SEED).request);

  const topkit = new DefaultTaobaoClient(url, "12345678", "helloworld", { retries: 0 });
  const agent = new Agent();
  const legacy = new TopClient({ appkey: "12345678", appsecret: "helloworld", REST_URL: url });
  // Bare undici sends the same bytes a signed call carries, prepared once.
  const form = new URLSearchParams(new SeedRequest(init).getTextParams()).toString();
  const query = new URLSearchParams({
    method: SEED,
    app_key: "12345678",
    timestamp: "2024-05-01 08:30:00",
    v: "2.0",
    sign_method: "hmac-sha256",
    format: "json",
    session,
    sign: "D7C43543176D529F1CB6A0CD7E30A6BA4DDFF4835ED8B91CCF3EAC74E0A603A2",
  }).toString();
  const headers = { "content-type": "application/x-www-form-urlencoded;charset=UTF-8", "accept-encoding": "gzip" };
  const legacyParams = () => ({ req: { type: 1, data: init.req.data }, session });

  const variants = {
    "bare undici": async () => {
      const res = await request(`${url}?${query}`, { method: "POST", body: form, headers, dispatcher: agent });
      await res.body.json();
    },
    "topkit execute()": async () => {
      const rsp = await topkit.execute(new SeedRequest(init), session);
      if (rsp.result?.code !== "success") throw new Error(`unexpected answer ${rsp.getBody()}`);
    },
    "node-taobao-topclient": async () => {
      const rsp = await legacy.execute(SEED, legacyParams());
      if (rsp.result?.code !== "success") throw new Error("unexpected answer");
    },
  };

  /** `n` calls `concurrency` at a time: wall-clock requests/s and client CPU µs (user + system) per call. */
  async function measure(fn, n, concurrency) {
    let next = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        await fn();
      }
    };
    const cpu = process.cpuUsage();
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return { rps: n / seconds, cpu: (used.user + used.system) / n };
  }

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
  };
  const f1 = (n) => n.toFixed(1).padStart(7);
  const f0 = (n) => n.toFixed(0).padStart(6);

  console.log(
    `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at start; ${rounds} interleaved rounds of ${callsPerRound} calls per variant`,
  );
  for (const concurrency of [1, 16]) {
    for (const fn of Object.values(variants)) await measure(fn, 300, concurrency); // warm up JIT and sockets
    const runs = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      for (const [name, fn] of Object.entries(variants)) runs[name].push(await measure(fn, callsPerRound, concurrency));
    }
    console.log(
      `\nconcurrency ${concurrency}: client CPU µs per call (min / median / max)   requests/s (min / median / max)`,
    );
    const medians = {};
    for (const [name, xs] of Object.entries(runs)) {
      const cpu = stats(xs.map((x) => x.cpu));
      const rps = stats(xs.map((x) => x.rps));
      medians[name] = { cpu: cpu.median, rps: rps.median };
      console.log(
        `  ${name.padEnd(22)} ${f1(cpu.min)} ${f1(cpu.median)} ${f1(cpu.max)}          ${f0(rps.min)} ${f0(rps.median)} ${f0(rps.max)}`,
      );
    }
    const t = medians["topkit execute()"];
    const bare = medians["bare undici"];
    const old = medians["node-taobao-topclient"];
    console.log(
      `  medians: topkit CPU/call = ${(t.cpu / bare.cpu).toFixed(2)}x bare undici (target <= 1.3x), ` +
        `${(t.cpu / old.cpu).toFixed(2)}x node-taobao-topclient; topkit requests/s = ` +
        `${(t.rps / old.rps).toFixed(2)}x node-taobao-topclient (target >= 1.5x), ${(t.rps / bare.rps).toFixed(2)}x bare undici`,
    );
  }
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end`,
  );
  await topkit.close();
  await agent.close();
  child.kill();
}
