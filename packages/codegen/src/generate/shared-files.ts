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

const SOURCE_SHARED = ["index.ts", "registry.ts"];
const PUBLISHED_SHARED = ["registry.json"];
const byMethod = (a: ApiMeta, b: ApiMeta) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0);

/**
 * `index.ts` and `registry.ts`, which list every API: printed again only when the list or an API's
 * metadata (title, category, class names…) changed since the previous run wrote them into `dir`.
 */
export async function buildSharedFiles(
  metas: readonly ApiMeta[],
  options: {
    runtime?: string | undefined;
    shape?: "published" | "source" | undefined;
    previousShared?: SharedEntry | undefined;
  },
  dir: string,
): Promise<SharedFiles> {
  const { runtime, shape = "source", previousShared: previous } = options;
  const sorted = [...metas].sort(byMethod);
  const input = sha256(`${shape}\0${runtime ?? ""}\0${JSON.stringify(sorted)}`);
  const names = shape === "published" ? PUBLISHED_SHARED : SOURCE_SHARED;
  if (outputsIntact(previous, input, { code: dir })) return { files: new Map(), keep: names, entry: previous! };
  const files =
    shape === "published"
      ? new Map([["registry.json", registryJson(sorted)]])
      : // Loaded only when something is printed: ts-morph takes a while to load.
        (await import("../emit/emit-all.js")).emitIndexAndRegistry(sorted, { runtime });
  const outputs = Object.fromEntries([...files].map(([path, text]) => [`code/${path}`, pendingOutput(text)]));
  return { files, keep: [], entry: { input, outputs } };
}

/**
 * What `@topkit/sdk/registry` lists without loading any API: one compact row per API, sorted by method
 * (`RegistryRow` in the SDK's registry module reads the same keys).
 */
function registryJson(sorted: readonly ApiMeta[]): string {
  const rows = sorted.map((m) => ({
    method: m.method,
    title: m.title,
    ...(m.category ? { category: m.category } : {}),
    ...(m.docId ? { docId: m.docId } : {}),
    needsSession: m.needsSession,
    request: m.javaNames.request,
    response: m.javaNames.response,
  }));
  return `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}
