import { readFileSync } from "node:fs";
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
    let out = "";
    let err = "";
    const flags = [
      "--root",
      this.root,
      "--from",
      this.server.url,
      "--rate",
      "50",
      "--retry-delay",
      "10",
      "--timeout",
      "500",
    ];
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

/** A request param in the endpoint's form, for edited copies of a doc. */
export function docParam(name: string, type: string, required: boolean, description = "", demoValue = "") {
  return { name, type, required, description, demoValue, defaultValue: "", maxLength: null, subParams: [] };
}
