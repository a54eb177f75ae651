import { addChild, type SampleNode, type SampleTree, sampleNode } from "./sample-tree.js";

function treeOf(value: unknown): SampleNode {
  const node = sampleNode();
  if (typeof value !== "object" || value === null || Array.isArray(value)) return node;
  for (const [key, child] of Object.entries(value)) {
    for (const item of Array.isArray(child) ? child : [child]) addChild(node, key, treeOf(item));
  }
  return node;
}

/**
 * The tree of a JSON sample. TOP wraps the answer in one `<x>_response` member, QIMEN pages show
 * the bare object; arrays count as their items. Undefined when the text is not a JSON object.
 */
export function jsonSampleTree(json: string): SampleTree | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const body =
    keys.length === 1 && keys[0]!.endsWith("_response") ? (value as Record<string, unknown>)[keys[0]!] : value;
  return { root: treeOf(body), keyOf: (name) => name };
}
