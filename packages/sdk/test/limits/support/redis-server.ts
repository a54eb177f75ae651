import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { freePort } from "../../client/support/free-port.js";

/** Debian's redis-server, if installed (`.ci/run` installs it); undefined when absent. */
export function redisServerPath(): string | undefined {
  for (const candidate of [process.env.REDIS_SERVER, "redis-server", "/usr/bin/redis-server"]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      return candidate;
    } catch {}
  }
  return undefined;
}

/**
 * Why the Redis tests cannot run here, or undefined when they can. Without redis-server they skip with
 * a notice; with CI=true that is a failure instead (CI must install it).
 */
export function redisMissing(): string | undefined {
  if (redisServerPath()) return undefined;
  const why = "redis-server is not installed (apt-get install -y redis-server); the Redis limit tests are skipped";
  if (process.env.CI === "true") throw new Error(`${why} — with CI=true they must run`);
  console.warn(`notice: ${why}`);
  return why;
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** SIGKILL: the server vanishes mid-run, as when its machine dies. */
  kill(): Promise<void>;
  /** Stops the server (a no-op once killed). */
  stop(): Promise<void>;
}

/** Starts a throwaway redis-server on a free loopback port: no persistence, no config file. */
export async function startRedis(): Promise<RedisServer> {
  const path = redisServerPath();
  if (!path) throw new Error("redis-server is not installed");
  const port = await freePort();
  const child: ChildProcess = spawn(
    path,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${out}`)), 10_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      if (out.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${out}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const end = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { port, url: `redis://127.0.0.1:${port}`, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}
