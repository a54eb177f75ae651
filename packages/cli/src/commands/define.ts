import type { Command } from "commander";
import type { Context } from "../io/context.js";
import type { Bilingual } from "../io/locale.js";

/** A subcommand with its one-line summary (command lists) and its description (its own help), in the user's language. */
export function subcommand(
  parent: Command,
  ctx: Context,
  name: string,
  summary: Bilingual,
  description: Bilingual,
): Command {
  return parent.command(name).summary(ctx.t(summary)).description(ctx.t(description));
}
