import type { Command } from "commander";
import type { Context } from "../io/context.js";

/** The method used in help examples: the API the SDK ships as its seed. */
export const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";

/** Appends an Examples section to a command's help. */
export function withExamples(cmd: Command, ctx: Context, lines: readonly string[]): Command {
  const title = ctx.t({ en: "Examples:", zh: "示例：" });
  return cmd.addHelpText("after", `\n${title}\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`);
}
