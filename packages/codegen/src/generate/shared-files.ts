import type { ApiMeta } from "../emit/api-meta.js";
import { sha256 } from "../parse/context.js";
import { outputsIntact, pendingOutput, type SharedEntry } from "./build-cache.js";

export interface SharedFiles {
  /** Files printed by this run. */
  files: Map<string, string>;
  /** Files kept as they are in the folder. */
  keep: string[];
  entry: SharedEntry;
}

const SHARED = ["index.ts", "registry.ts"];
const byMethod = (a: ApiMeta, b: ApiMeta) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0);

/**
 * `index.ts` and `registry.ts`, which list every API: printed again only when the list or an API's
 * metadata (title, category, class names…) changed since the previous run wrote them into `dir`.
 */
export async function buildSharedFiles(
  metas: readonly ApiMeta[],
  runtime: string | undefined,
  previous: SharedEntry | undefined,
  dir: string,
): Promise<SharedFiles> {
  const sorted = [...metas].sort(byMethod);
  const input = sha256(`${runtime ?? ""}\0${JSON.stringify(sorted)}`);
  if (outputsIntact(previous, input, { code: dir })) return { files: new Map(), keep: SHARED, entry: previous! };
  // Loaded only when something is printed: ts-morph takes a while to load.
  const { emitIndexAndRegistry } = await import("../emit/emit-all.js");
  const files = emitIndexAndRegistry(sorted, { runtime });
  const outputs = Object.fromEntries([...files].map(([path, text]) => [`code/${path}`, pendingOutput(text)]));
  return { files, keep: [], entry: { input, outputs } };
}
