import type { ApiIr } from "@topkit/sdk/ir";

/** What the index and the registry need of an API; an incremental run keeps it so a reused API is never re-read. */
export type ApiMeta = Pick<ApiIr, "method" | "title" | "category" | "docId" | "needsSession" | "javaNames">;

export function metaOf(ir: ApiIr): ApiMeta {
  const { method, title, category, docId, needsSession, javaNames } = ir;
  return { method, title, needsSession, javaNames, ...(category ? { category } : {}), ...(docId ? { docId } : {}) };
}
