import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built bin, as users run it. */
export const BIN = fileURLToPath(new URL("../../bin/topkit.mjs", import.meta.url));
const TMP = fileURLToPath(new URL("../.tmp/", import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh folder under test/.tmp (ignored by git and biome). */
export function tempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, `${prefix}-`));
}

/**
 * A clean environment for the CLI: no TOP_* variables or locale from the developer's shell, its own
 * config folder, no color unless asked for. Tests add what they need.
 */
export function cleanEnv(configHome: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: configHome, XDG_CONFIG_HOME: configHome, LANG: "C", ...extra };
}

/**
 * Runs the built `topkit` as a subprocess, asynchronously (a gateway in this process must be free to
 * answer it), feeding `input` on stdin.
 */
export function runCli(args: readonly string[], env: Record<string, string>, input = ""): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
