import type { Command } from "commander";
import type { Context } from "../io/context.js";
import type { Bilingual } from "../io/locale.js";

// How a subcommand is declared: its summary and description in the user's language, and its help examples.

/** The method used in help examples: the API the SDK ships as its seed. */
export const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";

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

/** Appends an Examples section to a command's help. */
export function withExamples(cmd: Command, ctx: Context, lines: readonly string[]): Command {
  const title = ctx.t({ en: "Examples:", zh: "示例：" });
  return cmd.addHelpText("after", `\n${title}\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);
}
