#!/usr/bin/env node
// `pnpm demo` (after `pnpm build`, which generates the APIs): the API generated from the committed seed page
// and its Java-named classes, then a real call of the page's example request through DefaultTaobaoClient
// against the local TOP gateway from @topkit/sdk/testing, then one call the gateway refuses.
// Exits 1 when an answer is not the expected one, so the demo is a check too.
import { randomBytes } from "node:crypto";
import { DefaultTaobaoClient, SECRET_MASK, TopApiError } from "@topkit/sdk";
import { bundledIrOf, exampleInit } from "@topkit/sdk/ir";
import { createLocalGateway } from "@topkit/sdk/testing";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const APP_KEY = "12345678";
// A fresh secret each run: the demo never prints it, and there is nothing to leak if it did.
const APP_SECRET = randomBytes(16).toString("hex");
const SESSION = "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a02";

const fail = (why) => {
  console.error(`demo: ${why}`);
  process.exit(1);
};

/** `name  type  required` lines for a class's params, then the same for each struct class below it. */
function classLines(className, params, out = []) {
  out.push(`  ${className}`);
  for (const p of params) {
    const type = p.structName ? `${p.structName}${p.type === "array" ? "[]" : ""}` : `${p.type} (${p.docType})`;
    out.push(`      ${p.field.padEnd(8)} ${type.padEnd(38)} ${p.required ? "required" : "optional"}`);
  }
  for (const p of params) if (p.structName) classLines(`${className}.${p.structName}`, p.children, out);
  return out;
}

const ir = bundledIrOf(SEED) ?? fail(`the SDK holds no IR for ${SEED}; run pnpm codegen generate`);
// One API, imported on its own: the SDK root loads none of the catalogue's 5,313.
const { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest: Request } = await import(
  `@topkit/sdk/apis/${SEED}`
);
console.log(`${ir.method}  ${ir.title}  (${ir.category}, docId ${ir.docId}, needs a session: ${ir.needsSession})`);
console.log(
  `Generated from ${ir.source.form} sha256 ${ir.source.sha256.slice(0, 12)}…, named as the Java SDK names them:`,
);
console.log(classLines(ir.javaNames.request, ir.request).join("\n"));
console.log(classLines(ir.javaNames.response, ir.response).join("\n"));

const gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: APP_SECRET });
console.log(`\nLocal TOP gateway (@topkit/sdk/testing): ${gateway.url}`);

// What the client sends, as its onRequest hook sees it: session and sign already cut to 4 characters.
const printRequest = (r) => {
  console.log(`  POST ${r.url}  (attempt ${r.attempt})`);
  for (const [name, value] of Object.entries(r.params)) {
    console.log(`    ${name.padEnd(12)} ${value}${name === "timestamp" ? " (GMT+8)" : ""}`);
  }
};
const client = new DefaultTaobaoClient(gateway.url, APP_KEY, APP_SECRET, { hooks: { onRequest: printRequest } });
const req = new Request(exampleInit(ir.request));

console.log(`\n1) The page's example request, built from the IR's example values (the page's \`data\` JSON):`);
console.log(`  client = new DefaultTaobaoClient(gateway.url, "${APP_KEY}", ${SECRET_MASK})`);
console.log(`  await client.execute(new ${Request.name}({ req: { type, data } }), session)`);
const rsp = await client.execute(req, SESSION);
const result = rsp.result;
console.log(`  -> ${rsp.constructor.name}  isSuccess() ${rsp.isSuccess()}  requestId ${rsp.requestId}`);
for (const [name, value] of Object.entries(result ?? {})) console.log(`    result.${name.padEnd(8)} ${value}`);
if (!rsp.isSuccess() || result?.code !== "success" || result?.msg !== "成功")
  fail(`unexpected answer ${rsp.getBody()}`);

console.log("\n2) The same request signed with a wrong secret (throwOnApiError: true):");
const wrong = new DefaultTaobaoClient(gateway.url, APP_KEY, "not-the-app-secret", { throwOnApiError: true });
const error = await wrong.execute(req, SESSION).then(
  () => fail("the gateway accepted a wrong signature"),
  (e) => e,
);
if (!(error instanceof TopApiError) || error.code !== "25") fail(`expected TopApiError code 25, got ${error}`);
const { name, code, msg, subCode, subMsg, requestId } = error;
console.log(`  -> ${name}`);
for (const [field, value] of Object.entries({ code, msg, subCode, subMsg, requestId })) {
  console.log(`    ${field.padEnd(10)} ${value ?? "(none)"}`);
}

await Promise.all([client.close(), wrong.close()]);
await gateway.close();
console.log(`\nThe gateway answered ${gateway.requests.map((r) => r.answer.code ?? "ok").join(", ")}.`);
