// Run by load.test.ts as `node --expose-gc`: N calls of the seed request at a given concurrency through
// DefaultTaobaoClient against the local gateway (both in this process, from the built package), then
// heapUsed after a full GC at the half-way point and at the end. Prints one JSON line.
import { DefaultTaobaoClient } from "../../../dist/index.mjs";
import { bundledIrOf, exampleInit } from "../../../dist/ir/index.mjs";
import { createLocalGateway } from "../../../dist/testing/index.mjs";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "../../../generated/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.mjs";

const [calls = 10_000, concurrency = 64] = process.argv.slice(2).map(Number);
const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const init = exampleInit(bundledIrOf(SEED).request);

const gateway = await createLocalGateway({ appKey: "12345678", appSecret: "load-secret" });
const client = new DefaultTaobaoClient(gateway.url, "12345678", "load-secret", { retries: 0 });
const errors = [];

async function one() {
  try {
    const rsp = await client.execute(new SeedRequest(init), "6100e23657fb0b2d0c78");
    if (!rsp.isSuccess() || rsp.result?.code !== "success") errors.push(`answer: ${rsp.getBody().slice(0, 200)}`);
  } catch (error) {
    errors.push(`${error.name}: ${error.message}`);
  }
}

/** `n` calls, `concurrency` at a time. */
async function run(n) {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

function heapAfterGc() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const started = performance.now();
const half = Math.floor(calls / 2);
await run(half);
const heapFirst = heapAfterGc();
await run(calls - half);
const heapSecond = heapAfterGc();
const seconds = (performance.now() - started) / 1000;
await client.close();
await gateway.close();
console.log(
  JSON.stringify({
    calls,
    concurrency,
    errors: errors.length,
    firstErrors: errors.slice(0, 3),
    heapFirst,
    heapSecond,
    seconds,
  }),
);
