import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ApiIr, readIrFile } from "@topkit/sdk/ir";
import { run } from "../../../src/cli/main.js";
import { DocServer } from "./doc-server.js";
import { renderDocJson } from "./render-doc-json.js";
import { treeHash, workspaceCopy } from "./workspace-copy.js";

export const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
export const SEED_DOC_ID = 62170;

export interface SyncRun {
  code: number;
  out: string;
  err: string;
}

/** A temporary workspace, an imitation doc site serving the seed's doc JSON, and `sync` pointed at both. */
export class SyncHarness {
  readonly server = new DocServer();
  readonly workspace = workspaceCopy();
  readonly root = this.workspace.root;

  /** The seed API's committed IR, as the SDK holds it before any sync. */
  readonly seedIr: ApiIr = readIrFile(join(this.root, "packages/sdk/ir", `${SEED}.json`));

  async start(): Promise<this> {
    await this.server.start();
    this.server.docs.set(SEED_DOC_ID, renderDocJson(this.seedIr));
    return this;
  }

  async stop(): Promise<void> {
    await this.server.close();
    this.workspace.dispose();
  }

  /** The seed's served doc, to edit in place (a changed doc on the site). */
  seedDoc(): Record<string, unknown> & { requestParams: Record<string, unknown>[] } {
    return this.server.docs.get(SEED_DOC_ID) as Record<string, unknown> & { requestParams: Record<string, unknown>[] };
  }

  /** Runs `topkit-codegen sync` through the CLI, fast but polite: the default rate is tested on its own. */
  async sync(...args: string[]): Promise<SyncRun> {
    return this.syncWith(["--rate", "50", "--retry-delay", "10", "--timeout", "400", ...args]);
  }

  /** Runs sync against this workspace and server with exactly these other flags (CLI defaults otherwise). */
  async syncWith(args: string[]): Promise<SyncRun> {
    let out = "";
    let err = "";
    const flags = ["--root", this.root, "--from", this.server.url];
    const code = await run(["node", "topkit-codegen", "sync", ...flags, ...args], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
    });
    return { code, out, err };
  }

  hash(): string {
    return treeHash(this.root);
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), "utf8");
  }
}

/** Serves a second API (a copy of the seed's doc under another method) at `docId`, in catalogue category `category`. */
export function serveOther(h: SyncHarness, docId: number, method: string, category = { id: 7, name: "演示API" }): void {
  h.server.docs.set(docId, renderDocJson({ ...h.seedIr, method, title: `演示 ${docId}` }));
  const listed = h.server.categories.find((c) => c.id === category.id);
  if (listed) listed.docIds.push(docId);
  else h.server.categories.push({ ...category, docIds: [docId] });
}

/** A request param in the endpoint's form, for edited copies of a doc. */
export function docParam(name: string, type: string, required: boolean, description = "", demoValue = "") {
  return { name, type, required, description, demoValue, defaultValue: "", maxLength: null, subParams: [] };
}

/** The changeset files in `.changeset/` (not its README or config). */
export function changesetFiles(h: SyncHarness): string[] {
  return readdirSync(join(h.root, ".changeset"))
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort();
}
