import { bundledIrOf } from "../ir/bundled.js";
import { parseIr } from "../ir/load.js";
import type { ApiIr } from "../ir/schema.js";

/**
 * The APIs the gateway serves, by method: `extra` IRs first (checked against the IR schema; one for an API the
 * SDK has replaces the shipped one), then any API whose IR ships with the SDK. The catalogue's 5,000-odd IRs
 * are read and checked on first use of each method, not at start-up.
 */
class GatewayApis extends Map<string, ApiIr> {
  override get(method: string): ApiIr | undefined {
    let ir = super.get(method);
    if (!ir) {
      ir = bundledIrOf(method);
      if (ir) super.set(method, ir);
    }
    return ir;
  }

  override has(method: string): boolean {
    return this.get(method) !== undefined;
  }
}

export function gatewayApis(extra: readonly unknown[] = []): ReadonlyMap<string, ApiIr> {
  const apis = new GatewayApis();
  extra.forEach((value, i) => {
    const ir = parseIr(value, `createLocalGateway: apis[${i}]`);
    apis.set(ir.method, ir);
  });
  return apis;
}
