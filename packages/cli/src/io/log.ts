import type { Context } from "./context.js";

/** A warning on stderr (dropped with --quiet). */
export function warn(ctx: Context, message: string): void {
  if (!ctx.quiet) ctx.err(`${ctx.errStyle.yellow("warning:")} ${message}\n`);
}

/** An informational line on stderr (dropped with --quiet). */
export function note(ctx: Context, message: string): void {
  if (!ctx.quiet) ctx.err(`${ctx.errStyle.dim(message)}\n`);
}
