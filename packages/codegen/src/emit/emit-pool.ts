import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ApiIr } from "@topkit/sdk/ir";
import { type EmitOptions, emitApiModule } from "./emit-all.js";
import type { EmitBatch, EmitReply } from "./emit-worker.js";

/** IRs per message: big enough to amortise the hand-over, small enough to balance the workers. */
const BATCH = 32;
/** Fewer modules than this per worker are printed faster in-process than a worker starts (ts-morph load). */
const MIN_PER_WORKER = 150;

export interface PoolOptions extends EmitOptions {
  /**
   * Worker threads to use at most; 1 prints in-process. By default as many as the CPUs Node reports (at most
   * 4), and none for small runs, where starting a worker (loading ts-morph) costs more than it saves.
   */
  jobs?: number | undefined;
}

/** The built worker script beside this module, when running from the build (`dist/emit/*.mjs`). */
function workerScript(): string | undefined {
  try {
    const url = new URL("./emit-worker.mjs", import.meta.url);
    return url.protocol === "file:" && existsSync(url) ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

export interface EmitResult {
  /** One module per IR, in the order given. */
  texts: string[];
  /** Worker threads used (0: printed in this thread). */
  threads: number;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Prints one module per IR, in the order given. Large runs are spread over worker threads, each with its
 * own ts-morph project; the text of a module depends only on its IR, so the result is the same either way.
 */
export async function emitModules(irs: readonly ApiIr[], options: PoolOptions = {}): Promise<EmitResult> {
  const script = workerScript();
  const jobs = Math.min(options.jobs ?? Math.min(defaultJobs(), Math.floor(irs.length / MIN_PER_WORKER)), irs.length);
  if (!script || jobs < 2) {
    const texts = irs.map((ir, i) => {
      options.onModule?.(ir.method, i, irs.length);
      return emitApiModule(ir, options);
    });
    return { texts, threads: 0 };
  }
  return { texts: await runPool(script, irs, jobs, options), threads: jobs };
}

function runPool(script: string, irs: readonly ApiIr[], jobs: number, options: PoolOptions): Promise<string[]> {
  const texts: string[] = new Array(irs.length);
  const workers = Array.from({ length: jobs }, () => new Worker(script));
  let next = 0;
  let done = 0;
  const stop = () => Promise.all(workers.map((w) => w.terminate()));
  return new Promise<string[]>((resolve, reject) => {
    const fail = (error: Error) => {
      void stop();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= irs.length) return;
      const start = next;
      next = Math.min(irs.length, next + BATCH);
      const batch: EmitBatch = { irs: irs.slice(start, next), runtime: options.runtime };
      worker.once("message", (reply: EmitReply) => {
        if ("error" in reply) return fail(new Error(`emit of ${irs[start]!.method}…: ${reply.error}`));
        reply.texts.forEach((text, i) => {
          texts[start + i] = text;
        });
        done += reply.texts.length;
        options.onModule?.(irs[start + reply.texts.length - 1]!.method, done - 1, irs.length);
        if (done === irs.length) void stop().then(() => resolve(texts));
        else feed(worker);
      });
      worker.postMessage(batch);
    };
    for (const w of workers) {
      w.once("error", fail);
      feed(w);
    }
  });
}
