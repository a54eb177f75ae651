/**
 * The shape of a sample on the page (the Java request sample, an XML or JSON response sample):
 * which field holds which, by name. It is what can settle a nesting the param table leaves open.
 */
export interface SampleNode {
  children: Map<string, SampleNode[]>;
  /** The Java class a sample object was built from (`new XRequest.Foo()` -> `Foo`). */
  className?: string | undefined;
  /** The Java sample passes a `new FileItem(…)` here. */
  fileItem?: true | undefined;
}

/** A sample tree and how a param's wire name is spelled in it. */
export interface SampleTree {
  root: SampleNode;
  keyOf(wireName: string): string;
}

/** One step of a path into a sample: a param's wire name, and whether it is a list (items sit one level down). */
export interface SampleStep {
  name: string;
  isArray: boolean;
}

export const sampleNode = (): SampleNode => ({ children: new Map() });

export function addChild(parent: SampleNode, key: string, child: SampleNode): void {
  const list = parent.children.get(key);
  if (list) list.push(child);
  else parent.children.set(key, [child]);
}

/** The sample nodes a param path reaches; a list's items are reached through its wrapper as well. */
export function nodesAt(tree: SampleTree, path: readonly SampleStep[]): SampleNode[] {
  let nodes = [tree.root];
  for (const step of path) {
    const next = nodes.flatMap((n) => n.children.get(tree.keyOf(step.name)) ?? []);
    nodes = step.isArray ? [...next, ...next.flatMap((n) => [...n.children.values()].flat())] : next;
  }
  return nodes;
}

/** True when the sample shows a field `name` inside the struct at `path`. */
export function sampleHas(tree: SampleTree, path: readonly SampleStep[], name: string): boolean {
  return nodesAt(tree, path).some((n) => n.children.has(tree.keyOf(name)));
}
