#!/usr/bin/env node
// Profiles DefaultTaobaoClient.execute(seed request) against the loopback server of clients.mjs, for
// finding the client's hot path: node --cpu-prof --cpu-prof-dir=<dir> bench/profile-execute.mjs [calls=20000] [concurrency=16]
// then summarise with: node bench/profile-summary.mjs <dir>/<file>.cpuprofile
import { fork } from "node:child_process";
import { DefaultTaobaoClient } from "../dist/index.mjs";
import { bundledIrOf, exampleInit } from "../dist/ir/index.mjs";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "../generated/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.mjs";

const calls = Number(process.argv[2] ?? 20_000);
const child = fork(new URL("./clients.mjs", import.meta.url).pathname, ["--server"]);
const port = await new Promise((resolve) => child.once("message", resolve));
const client = new DefaultTaobaoClient(`http://127.0.0.1:${port}/router/rest`, "12345678", "helloworld", {
  retries: 0,
});
const init = exampleInit(bundledIrOf("tmall.alihouse.customer.clue.out.invest.total.data.back.flow").request);
let next = 0;
const worker = async () => {
  while (next++ < calls) await client.execute(new SeedRequest(init), "6100e23657fb0b2d0c78");
};
await Promise.all(Array.from({ length: Number(process.argv[3] ?? 16) }, worker));
await client.close();
child.kill();
