#!/usr/bin/env node
// `pnpm demo`: shows what the SDK generated from the committed seed page, then builds the seed's request
// from the page's example values and prints the text params it would send.
import { registry } from "@topkit/sdk";
import { bundledIr, exampleInit } from "@topkit/sdk/ir";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";

function describeParams(params, indent, ns) {
  const lines = [];
  for (const p of params) {
    const type = p.structName ? `${ns}.${p.structName}${p.type === "array" ? "[]" : ""}` : p.type;
    const req = p.required ? "required" : "optional";
    lines.push(`${indent}${p.field.padEnd(10)} ${type.padEnd(12)} ${req.padEnd(8)} wire "${p.name}", doc ${p.docType}`);
    if (p.children.length > 0) lines.push(...describeParams(p.children, `${indent}    `, ns));
  }
  return lines;
}

const ir = bundledIr().find((i) => i.method === SEED);
if (!ir) throw new Error(`the SDK holds no IR for ${SEED}; run pnpm codegen generate`);
const entry = registry[SEED];
const { Request, Response } = await entry.load();

console.log(`API        ${ir.method}`);
console.log(`title      ${ir.title}`);
console.log(`category   ${ir.category ?? "-"}   docId ${ir.docId ?? "-"}   needs session: ${ir.needsSession}`);
console.log(`source     ${ir.source.form}, sha256 ${ir.source.sha256.slice(0, 16)}…`);
console.log("");
console.log("Generated classes (named as the Java SDK names them):");
const reqNs = Request.name;
const rspNs = Response.name;
for (const p of ir.request) if (p.structName) console.log(`  class ${reqNs}.${p.structName}`);
console.log(`  class ${reqNs}`);
console.log(...describeParams(ir.request, "      ", reqNs).map((l) => `${l}\n`));
for (const p of ir.response) if (p.structName) console.log(`  class ${rspNs}.${p.structName}`);
console.log(`  class ${rspNs}`);
console.log(...describeParams(ir.response, "      ", rspNs).map((l) => `${l}\n`));

const req = new Request(exampleInit(ir.request));
req.check();
console.log(`Request built from the page's example values: ${req.getApiMethodName()}`);
console.log("getTextParams():");
for (const [name, value] of Object.entries(req.getTextParams())) console.log(`  ${name} = ${value}`);
