import { spawn } from "node:child_process";
import { expect, test } from "vitest";
import { BIN, cleanEnv, tempDir } from "./support/run-cli.js";

/** Runs the bin with its stdout pipe already closed by the reader, as `| head -1` does before late writes. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(tempDir("pipe")) });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    child.stdout.destroy();
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

test("regression: a reader that closes the pipe early (`topkit completion bash | head -1`) ends quietly", async () => {
  for (const args of [["completion", "bash"], ["--help"]]) {
    const { code, stderr } = await runWithClosedStdout(args);
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event|^\s+at /m);
    expect(code).toBe(0);
  }
});
