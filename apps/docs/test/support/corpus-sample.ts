import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Doc JSON files of the catalogue (`top-metadata/<pkg>/<method>.json`), sorted; catelog.json left out. */
function catalogueFiles(topMetadata: string): string[] {
  return readdirSync(topMetadata, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(topMetadata, d.name))
        .filter((f) => f.endsWith(".json") && f !== "catelog.json")
        .map((f) => join(topMetadata, d.name, f)),
    )
    .sort();
}

/** `count` files spread evenly over the whole catalogue, so many categories are in the sample. */
export function sampleCatalogue(topMetadata: string, count: number): string[] {
  const files = catalogueFiles(topMetadata);
  if (files.length < count) throw new Error(`${topMetadata}: only ${files.length} doc files, need ${count}`);
  const step = files.length / count;
  return Array.from({ length: count }, (_, i) => files[Math.floor(i * step)]!);
}
