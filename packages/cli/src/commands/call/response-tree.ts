import { structToWireTree, type TopResponse } from "@topkit/sdk";

/**
 * A typed response as the result a terminal user reads: keyed by wire names (as `topkit describe`
 * and TOP's docs show them), list wrappers already removed, 64-bit ids as exact bigint, dates as
 * GMT+8 text, the same whether TOP answered in JSON or XML. `request_id` is kept when TOP sent one.
 */
export function responseTree(rsp: TopResponse): Record<string, unknown> {
  const fields = (rsp.constructor as typeof TopResponse).$fields;
  const tree = structToWireTree(fields, rsp);
  if (rsp.requestId !== undefined && !Object.hasOwn(tree, "request_id")) tree.request_id = rsp.requestId;
  return tree;
}
