import { type CheerioAPI, load } from "cheerio";
import { addChild, type SampleNode, type SampleTree, sampleNode } from "./sample-tree.js";

type Selection = ReturnType<ReturnType<CheerioAPI["root"]>["children"]>;

function treeOf($: CheerioAPI, selection: Selection): SampleNode {
  const node = sampleNode();
  for (const child of selection.children().toArray()) addChild(node, child.tagName, treeOf($, $(child)));
  return node;
}

/**
 * The tree of an XML response sample: the root (`<x_response>`) holds the top-level params, list
 * params hold their items one level down (`<orders><order>…`). Undefined when the text holds no element.
 */
export function xmlSampleTree(xml: string): SampleTree | undefined {
  const $ = load(xml, { xml: true });
  const root = $.root().children().first();
  if (root.length === 0) return undefined;
  return { root: treeOf($, root), keyOf: (name) => name };
}
