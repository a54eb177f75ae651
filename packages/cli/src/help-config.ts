import type { HelpConfiguration } from "commander";
import type { Context } from "./io/context.js";

const ZH_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};

/**
 * Help layout: section titles in the user's language and bold on a terminal; option descriptions
 * as written (they already name their choices and defaults, in both languages).
 */
export function helpConfiguration(ctx: Context): HelpConfiguration {
  return {
    styleTitle: (title) => ctx.outStyle.bold(ctx.zh ? (ZH_TITLES[title] ?? title) : title),
    optionDescription: (option) => option.description,
    sortSubcommands: false,
  };
}
