import { registry } from "../generated/registry.js";
import { bundledIrOf } from "../ir/bundled.js";
import { parseIr } from "../ir/parse.js";
import type { ApiIr } from "../ir/schema.js";

/**
 * The APIs the gateway serves: every API in the SDK's registry with the IR it was generated from, plus
 * `extra` IRs (checked against the IR schema; one for an API the SDK has replaces the shipped one).
 */
export function gatewayApis(extra: readonly unknown[] = []): Map<string, ApiIr> {
  const apis = new Map<string, ApiIr>();
  for (const method of Object.keys(registry)) {
    const ir = bundledIrOf(method);
    if (!ir) throw new Error(`@topkit/sdk ships no IR for its API ${method}: the package is incomplete; reinstall it`);
    apis.set(method, ir);
  }
  extra.forEach((value, i) => {
    const ir = parseIr(value, `createLocalGateway: apis[${i}]`);
    apis.set(ir.method, ir);
  });
  return apis;
}
