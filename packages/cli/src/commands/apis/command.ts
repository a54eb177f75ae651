import type { Command } from "commander";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";
import type { OutputFlags } from "../shared-options.js";
import { addOutputOptions } from "../shared-options.js";

/** `topkit apis`: the APIs the installed SDK ships. */
export function addApisCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "apis",
    { en: "list the APIs the SDK ships", zh: "列出 SDK 包含的 API" },
    {
      en: "List the APIs @topkit/sdk ships: method, Chinese name (title) and category.",
      zh: "列出 @topkit/sdk 包含的 API：方法名、中文名和类目。",
    },
  ).option(
    "--search <text>",
    ctx.t({
      en: "only APIs whose method, title or category hold every word",
      zh: "只列出方法名、中文名或类目包含所有关键词的 API",
    }),
  );
  addOutputOptions(cmd, ctx, "table");
  withExamples(cmd, ctx, [
    "topkit apis",
    "topkit apis --search 好房 --output json",
    "topkit apis --query [].method --output raw",
  ]);
  cmd.action(async (flags: OutputFlags & { search?: string }) => {
    const { runApis } = await import("./run.js");
    runApis(ctx, flags);
  });
}
