import type { ApiIr } from "@topkit/sdk/ir";

/** APIs whose IR names no category are listed under this heading. */
export const UNCATEGORISED = "未分类 (uncategorised)";

export interface Category {
  name: string;
  /** Anchor on the reference index, `cat-<n>`: stable within one build, safe whatever the name holds. */
  anchor: string;
  apis: ApiIr[];
}

/** APIs grouped by category, categories by name (uncategorised last), APIs by method. */
export function categoriesOf(irs: readonly ApiIr[]): Category[] {
  const byName = new Map<string, ApiIr[]>();
  for (const ir of irs) {
    const name = ir.category?.trim() || UNCATEGORISED;
    byName.set(name, [...(byName.get(name) ?? []), ir]);
  }
  const names = [...byName.keys()].sort((a, b) =>
    a === UNCATEGORISED ? 1 : b === UNCATEGORISED ? -1 : a.localeCompare(b, "zh-Hans-CN"),
  );
  return names.map((name, i) => ({
    name,
    anchor: `cat-${i + 1}`,
    apis: byName.get(name)!.sort((a, b) => a.method.localeCompare(b.method)),
  }));
}

/** A lookup from method to its category, from the same grouping. */
export function categoryIndex(categories: readonly Category[]): (method: string) => Category {
  const byMethod = new Map(categories.flatMap((c) => c.apis.map((ir) => [ir.method, c] as const)));
  return (method) => {
    const found = byMethod.get(method);
    if (!found) throw new Error(`${method}: not among the site's APIs`);
    return found;
  };
}
