import { parentPort } from "node:worker_threads";
import type { ApiIr } from "@topkit/sdk/ir";
import { type EmitOptions, emitApiModule } from "./emit-all.js";

/** One batch of work: IRs to print, with the options every module of the run shares. */
export interface EmitBatch {
  irs: ApiIr[];
  runtime?: string | undefined;
}

export type EmitReply = { texts: string[] } | { error: string };

// A worker thread of the emit pool: its own in-memory ts-morph project, fed batches by `emitModules`.
parentPort?.on("message", (batch: EmitBatch) => {
  try {
    const options: EmitOptions = { runtime: batch.runtime };
    parentPort!.postMessage({ texts: batch.irs.map((ir) => emitApiModule(ir, options)) } satisfies EmitReply);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies EmitReply);
  }
});
