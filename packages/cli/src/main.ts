import { processContext } from "./io/context.js";
import { buildProgram } from "./program.js";
import { reportFailure } from "./report-failure.js";

/**
 * Runs `topkit` with `argv` (as `process.argv`: node, script, then the arguments) and resolves with
 * its exit code, which is also set as `process.exitCode`. The process is never exited from here,
 * so output is flushed and open handles are closed before Node ends.
 */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const ctx = processContext();
  let code = 0;
  try {
    await buildProgram(ctx).parseAsync([...argv]);
  } catch (e) {
    code = reportFailure(ctx, e);
  }
  process.exitCode = code;
  return code;
}
