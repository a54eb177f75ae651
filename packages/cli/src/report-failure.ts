import { CommanderError } from "commander";
import { CliError, EXIT } from "./cli-error.js";
import type { Context } from "./io/context.js";
import { oneLine } from "./output/sanitize.js";

/** Prints a CliError on stderr: `error: …`, aligned detail lines, then `hint: …`. */
function printCliError(ctx: Context, e: CliError): void {
  const s = ctx.errStyle;
  const lines = [`${s.red(s.bold("error:"))} ${oneLine(e.message)}`];
  const details = e.extra.details ?? [];
  const width = Math.max(0, ...details.map(([k]) => k.length));
  for (const [k, v] of details) lines.push(`  ${s.bold(k.padEnd(width))}  ${oneLine(v)}`);
  if (e.extra.hint) lines.push(`${s.cyan("hint:")} ${e.extra.hint}`);
  ctx.err(`${lines.join("\n")}\n`);
}

/**
 * The exit code for an error that ended a command, after telling the user about it on stderr.
 * Commander has already printed its own usage errors; help and --version end with 0.
 */
export function reportFailure(ctx: Context, error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof CliError) {
    printCliError(ctx, error);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  printCliError(
    ctx,
    new CliError(EXIT.internal, `internal error: ${message}`, {
      hint: "this is a bug in topkit; please report it (TOPKIT_DEBUG=1 shows the stack)",
    }),
  );
  if (ctx.env.TOPKIT_DEBUG === "1" && error instanceof Error && error.stack) ctx.err(`${error.stack}\n`);
  return EXIT.internal;
}
