import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Every module a built entry loads (relative imports followed), and the packages it imports by name. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^"'`]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    )) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else
        packages.add(
          spec
            .split("/")
            .slice(0, spec.startsWith("@") ? 2 : 1)
            .join("/"),
        );
    }
  };
  visit(resolve(DIST, entry));
  return { files, packages };
}

test.skipIf(!existsSync(`${DIST}index.mjs`))(
  "the root export loads neither the TMC client nor ws; the tmc entry does",
  () => {
    const root = graph("index.mjs");
    expect(root.files.size).toBeGreaterThan(5);
    expect([...root.files].filter((f) => f.includes("/tmc/"))).toEqual([]);
    expect(root.packages.has("ws")).toBe(false);
    const tmc = graph("tmc/index.mjs");
    expect(tmc.packages.has("ws")).toBe(true);
    expect([...tmc.files].some((f) => f.endsWith("tmc/client.mjs"))).toBe(true);
    // The walk follows imports: the testing entry reaches the frame codec through createLocalTmc.
    expect([...graph("testing/index.mjs").files].some((f) => f.endsWith("tmc/frame.mjs"))).toBe(true);
  },
);
