import { readFileSync } from "node:fs";
import { MethodNameSchema } from "@topkit/sdk/ir";
import { z } from "zod";
import { InputError } from "../parse/input-error.js";

export const ManifestEntrySchema = z.strictObject({
  method: MethodNameSchema,
  docId: z.number().int().positive().optional(),
  /** File name inside top-docs/ (no folders). */
  file: z.string().regex(/^[^/\\]+$/, "a file name inside top-docs/, without folders"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  category: z.string().optional(),
  url: z.string().optional(),
  fetchedAt: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});

export const ManifestSchema = z.strictObject({
  apis: z.array(ManifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/** Reads `top-docs/manifest.json`; a malformed one is an `InputError` naming the bad entry. */
export function readManifest(path: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InputError(path, `cannot read the manifest (${(e as Error).message})`);
  }
  const result = ManifestSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(path, `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const entry of result.data.apis) {
    if (seen.has(entry.method)) throw new InputError(path, `${entry.method} is listed twice`);
    seen.add(entry.method);
  }
  return result.data;
}

/** The manifest as stored: sorted by method, 2-space indent, trailing newline. */
export function serializeManifest(manifest: Manifest): string {
  const apis = [...manifest.apis].sort((a, b) => (a.method < b.method ? -1 : 1));
  return `${JSON.stringify({ apis: apis.map((e) => ManifestEntrySchema.parse(e)) }, null, 2)}\n`;
}
