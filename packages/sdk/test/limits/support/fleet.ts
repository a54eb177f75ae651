import { fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LimitsOptions } from "../../../src/index.js";

/** What one worker process does (passed to it as JSON). */
export interface WorkerConfig {
  readonly url: string;
  readonly appKey: string;
  readonly secret: string;
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly session: string;
  readonly concurrency: number;
  /** `off`: no limiter; `memory`: this process alone; `redis`: shared through `redisUrl`. */
  readonly store: "off" | "memory" | "redis";
  readonly redisUrl?: string;
  readonly limits?: Omit<LimitsOptions, "store">;
  /** The Redis store's `localShare` (its rates while Redis does not answer in time). */
  readonly localShare?: number;
  /** The Redis store's `timeoutMs` (default 250). */
  readonly redisTimeoutMs?: number;
  /** Record when each call left and when each code 7 came back (`sentAt`, `limitedAt`). */
  readonly record?: boolean;
  /** Calls made (one at a time, not counted) before the worker says it is ready. */
  readonly warmup?: number;
  /** Stop after this many answers (else run until stopped). */
  readonly calls?: number;
}

export interface WorkerReport {
  ok: number;
  /** Code-7 answers. */
  limited: number;
  /** Other error_responses. */
  other: number;
  /** Calls that threw. */
  failed: number;
  cpuMicros: number;
  wallMs: number;
  /** Times the Redis store fell back to its local limiter (Redis slow or gone). */
  storeErrors: number;
  /** Epoch ms each call was sent (with `record`). */
  sentAt: number[];
  /** Epoch ms each code-7 answer arrived (with `record`). */
  limitedAt: number[];
}

/** The @topkit/sdk package folder (this file may run from test/ or bundled under node_modules/.cache). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@topkit/sdk") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("fleet: cannot find the @topkit/sdk package folder");
    dir = up;
  }
}

/**
 * Bundles a TypeScript entry of this package into one ESM file under node_modules/.cache (its npm
 * dependencies stay imports, found from there), so that plain `node` can run it in a child process.
 */
export async function bundle(entry: string, name: string): Promise<string> {
  const root = packageRoot();
  const outfile = join(root, "node_modules/.cache/topkit-limits", `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

/** A running fleet: `go()` starts every worker at once, `stop()` ends them and collects their reports. */
export interface Fleet {
  go(): void;
  stop(): Promise<WorkerReport[]>;
  /** Resolves once every worker finished by itself (`calls` reached). */
  done(): Promise<WorkerReport[]>;
}

/** Forks `workers` processes of the bundled worker, each with `config`, and waits until all are ready. */
export async function startFleet(workerFile: string, workers: number, config: WorkerConfig): Promise<Fleet> {
  const children = Array.from({ length: workers }, () =>
    fork(workerFile, [], { env: { ...process.env, TOPKIT_FLEET: JSON.stringify(config) }, stdio: "inherit" }),
  );
  const reports = children.map(
    (child) =>
      new Promise<WorkerReport>((resolve, reject) => {
        child.on("message", (m) => {
          if (typeof m === "object") resolve(m as WorkerReport);
        });
        child.once("exit", (code) => reject(new Error(`fleet worker exited with ${code} before reporting`)));
      }),
  );
  await Promise.all(children.map((child) => new Promise<void>((resolve) => child.once("message", () => resolve()))));
  return {
    go: () => {
      for (const child of children) child.send("go");
    },
    stop: () => {
      for (const child of children) if (child.connected) child.send("stop");
      return Promise.all(reports);
    },
    done: () => Promise.all(reports),
  };
}

export const emptyReport = (): WorkerReport => ({
  ok: 0,
  limited: 0,
  other: 0,
  failed: 0,
  cpuMicros: 0,
  wallMs: 0,
  storeErrors: 0,
  sentAt: [],
  limitedAt: [],
});

/** Sums the workers' reports. */
export function total(reports: readonly WorkerReport[]): WorkerReport {
  const sum = emptyReport();
  for (const r of reports) {
    sum.ok += r.ok;
    sum.limited += r.limited;
    sum.other += r.other;
    sum.failed += r.failed;
    sum.cpuMicros += r.cpuMicros;
    sum.storeErrors += r.storeErrors;
    sum.wallMs = Math.max(sum.wallMs, r.wallMs);
    sum.sentAt.push(...r.sentAt);
    sum.limitedAt.push(...r.limitedAt);
  }
  return sum;
}
