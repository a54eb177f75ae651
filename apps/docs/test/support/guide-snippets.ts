import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every ```ts block of the hand-written guides, named `<guide>-<n>`. */
export function guideSnippets(guideDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(guideDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const blocks = [...readFileSync(join(guideDir, file), "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
    for (const [i, m] of blocks.entries()) out.set(`${file.replace(/\.md$/, "")}-${i + 1}`, m[1]!);
  }
  return out;
}
