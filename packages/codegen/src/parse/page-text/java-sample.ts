import { fieldName } from "../../names/index.js";
import { addChild, type SampleNode, type SampleTree, sampleNode } from "./sample-tree.js";

export interface JavaSample {
  code: string;
  /** `execute(req, sessionKey)`: true; `execute(req)`: false; undefined when no execute call is left (a cut page). */
  needsSession: boolean | undefined;
  /** What the sample sets on what, from the request object down; undefined when it builds no request. */
  tree: SampleTree | undefined;
}

const OBJECT = /^\s*[\w.<>]+\s+(\w+)\s*=\s*new\s+([\w.]+)\s*\(\s*\)\s*;/;
const LIST = /^\s*List<[\w.\s]+>\s+(\w+)\s*=\s*new\s+ArrayList\b/;
const ADD = /^\s*(\w+)\.add\(\s*(\w+)\s*\)\s*;/;
const SETTER = /^\s*(\w+)\.set(\w+)\((.*)\)\s*;\s*$/;

/** Java setter or field -> the key both are compared by (`setBizType`, `biz_type` -> `biztype`). */
const javaKey = (javaName: string) => javaName.toLowerCase();

/**
 * The struct tree the sample builds: `XRequest.Foo obj1 = new XRequest.Foo()` makes an object of class
 * Foo, `obj1.setBar(…)` gives it a field, `req.setFoo(obj1)` hangs it on the request, and
 * `List<…> list2 = …; list2.add(obj3); obj1.setItems(list2)` makes a list. A `new FileItem(…)` value
 * marks a file field.
 */
function sampleTree(lines: readonly string[]): SampleTree | undefined {
  const objects = new Map<string, SampleNode>();
  const lists = new Map<string, string[]>();
  const setters: [owner: string, field: string, value: string][] = [];
  let request: SampleNode | undefined;
  for (const line of lines) {
    const obj = OBJECT.exec(line);
    const list = LIST.exec(line);
    const add = ADD.exec(line);
    const set = SETTER.exec(line);
    if (obj) {
      const className = obj[2]!.split(".").at(-1)!;
      const node: SampleNode = { children: new Map(), className };
      objects.set(obj[1]!, node);
      if (!obj[2]!.includes(".") && className.endsWith("Request")) request ??= node;
    } else if (list) lists.set(list[1]!, []);
    else if (add) lists.get(add[1]!)?.push(add[2]!);
    else if (set) setters.push([set[1]!, set[2]!, set[3]!.trim()]);
  }
  for (const [owner, field, value] of setters) {
    const node = objects.get(owner);
    if (!node) continue;
    const values = objects.get(value) ? [value] : (lists.get(value) ?? []);
    const children = values.map((v) => objects.get(v)).filter((n) => n !== undefined);
    if (children.length === 0)
      children.push({ ...sampleNode(), ...(/^new\s+FileItem\b/.test(value) ? { fileItem: true } : {}) });
    for (const child of children) addChild(node, javaKey(field), child);
  }
  return request ? { root: request, keyOf: (wire) => javaKey(fieldName(wire)) } : undefined;
}

/** The Java sample of 请求示例: from the `TaobaoClient` line on (the language tabs before it are page chrome). */
export function readJavaSample(lines: readonly string[]): JavaSample | undefined {
  const start = lines.findIndex((l) => /\bTaobaoClient\b|new\s+\w+Request\s*\(/.test(l));
  if (start < 0) return undefined;
  const code = lines.slice(start);
  const text = code.join("\n").replace(/\s+$/, "");
  const session = /\.execute\(\s*\w+\s*,/.test(text) ? true : /\.execute\(\s*\w+\s*\)/.test(text) ? false : undefined;
  return { code: text, needsSession: session, tree: sampleTree(code) };
}
