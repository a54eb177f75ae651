import { type ApiIr, MethodNameSchema } from "@topkit/sdk/ir";
import { sha256 } from "../parse/context.js";
import { parseDoc } from "../parse/index.js";
import { docJsonFile, docPageUrl, storedDocText } from "./committed.js";
import type { DocEndpoint } from "./endpoint/doc-endpoint.js";
import type { SyncTarget } from "./targets.js";

/** A fetched doc that parses, with everything the manifest will record about it. */
export interface FetchedDoc {
  target: SyncTarget;
  method: string;
  file: string;
  text: string;
  ir: ApiIr;
  category?: string | undefined;
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchOutcome =
  | { kind: "doc"; doc: FetchedDoc }
  | { kind: "not-modified" | "same-bytes"; target: SyncTarget }
  | { kind: "failed"; label: string; reason: string };

export interface FetchContext {
  endpoint: DocEndpoint;
  base: URL;
  committed: ReadonlyMap<string, ApiIr>;
}

const labelOf = (t: SyncTarget) => (t.method ? `${t.method} (docId ${t.docId})` : `docId ${t.docId}`);

/**
 * Checks that the doc is the API we asked for (a docId that now documents another method is not a refresh),
 * and that its name can be a file name: it comes from the site, and names `top-docs/<method>.json`.
 */
function wrongMethod(target: SyncTarget, method: string): string | undefined {
  if (!MethodNameSchema.safeParse(method).success)
    return `the doc names its method ${JSON.stringify(method)}, which is not a TOP method name`;
  if (target.method && target.method !== method) {
    return `the doc now documents ${method}, not ${target.method}; fix the docId in manifest.json`;
  }
  return undefined;
}

/** Fetches and parses one API's doc; every failure becomes a `failed` outcome, never an exception. */
export async function fetchDoc(target: SyncTarget, ctx: FetchContext): Promise<FetchOutcome> {
  const label = labelOf(target);
  try {
    const answer = await ctx.endpoint.document(target.docId, target.entry ?? {});
    if (answer.kind === "not-modified") return { kind: "not-modified", target };
    const text = storedDocText(answer.data);
    const { entry } = target;
    if (entry && entry.sha256 === sha256(text) && entry.file.endsWith(".json")) return { kind: "same-bytes", target };
    const named = typeof answer.data.name === "string" ? answer.data.name.trim() : "";
    const category = entry?.category ?? ctx.committed.get(named)?.category ?? target.category;
    const url = entry?.url ?? docPageUrl(ctx.base, target.docId);
    const ir = parseDoc(text, { file: "the fetched doc", docId: target.docId, category, url });
    const wrong = wrongMethod(target, ir.method);
    if (wrong) return { kind: "failed", label, reason: wrong };
    const file = docJsonFile(ir.method);
    return {
      kind: "doc",
      doc: {
        target,
        method: ir.method,
        file,
        text,
        ir,
        category,
        url,
        etag: answer.etag,
        lastModified: answer.lastModified,
      },
    };
  } catch (e) {
    return { kind: "failed", label, reason: (e as Error).message };
  }
}
