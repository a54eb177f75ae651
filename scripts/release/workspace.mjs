// Where the workspace is and which of its packages are published: shared by the release scripts and their tests.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const workspaceRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The packages that go to npm, in dependency order (the SDK first: the others depend on it). */
export const PUBLISHED = ["sdk", "codegen", "cli"].map((dir) => {
  const path = join(workspaceRoot, "packages", dir);
  const { name, version } = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
  return { name, version, dir: path };
});

/**
 * Runs a command and returns its stdout; a failure throws with the command, exit code and both outputs,
 * so a broken check explains itself in the test report.
 * @param {string} command
 * @param {string[]} args
 * @param {import("node:child_process").ExecFileSyncOptions} [options]
 * @returns {string}
 */
export function run(command, args, options = {}) {
  try {
    // The SDK tarball lists ~26,000 files: far beyond the 1 MB of output execFileSync allows by default.
    return String(
      execFileSync(command, args, {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 256 << 20,
        ...options,
      }),
    );
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string, status?: number, signal?: string }} */ (error);
    const output = [e.stdout, e.stderr].filter(Boolean).join("\n").trim();
    throw new Error(`\`${[command, ...args].join(" ")}\` exited ${e.status ?? e.signal}:\n${output}`);
  }
}

/**
 * A binary installed in the workspace root (publint, attw, changeset).
 * @param {string} name
 */
export const rootBin = (name) => join(workspaceRoot, "node_modules", ".bin", name);
