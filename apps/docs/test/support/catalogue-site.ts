import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ApiIr, readIrDir, serializeIr } from "@topkit/sdk/ir";
import { buildSite, parseDocs } from "./build-site.js";
import { HOSTILE_METHOD, hostileIr } from "./hostile-ir.js";

export interface CatalogueSite {
  /** Temp folder holding `ir/` and `site/`; the caller removes it. */
  tmp: string;
  site: string;
  /** The catalogue's APIs as parsed (the hostile one not included). */
  irs: ApiIr[];
  buildSeconds: number;
}

/**
 * The whole catalogue's IR, parsed from `<shared>/corpus/top-metadata` with codegen's CLI (as the SDK's
 * build does), plus the hostile IR, built into one site in a temp folder.
 */
export async function buildCatalogueSite(shared: string): Promise<CatalogueSite> {
  const { tmp, irDir, irs } = await parseCatalogue(shared);
  writeFileSync(join(irDir, `${HOSTILE_METHOD}.json`), serializeIr(hostileIr()));
  const site = join(tmp, "site");
  const buildSeconds = await buildSite(irDir, site);
  return { tmp, site, irs, buildSeconds };
}

/** The whole catalogue's IR, parsed into `<tmp>/ir` (a new temp folder the caller removes). */
export async function parseCatalogue(shared: string): Promise<{ tmp: string; irDir: string; irs: ApiIr[] }> {
  const tmp = mkdtempSync(join(tmpdir(), "topkit-docs-catalogue-"));
  const irDir = join(tmp, "ir");
  // The CLI exits 1 when it refuses a doc file; the corpus has two that hold no API at all (only a doc id),
  // which are the only refusals accepted here.
  await parseDocs([join(shared, "corpus", "top-metadata")], irDir).catch((e: { code?: number; stderr?: string }) => {
    const refused = (e.stderr ?? "").split("\n").filter((line) => line.trim() !== "");
    if (e.code !== 1 || refused.length === 0 || !refused.every((line) => line.includes("holds no API doc"))) throw e;
  });
  return { tmp, irDir, irs: readIrDir(irDir) };
}
