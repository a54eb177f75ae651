import { Argument, type Command } from "commander";
import { SETTING_KEYS } from "../../config/keys.js";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";
import { addOutputOptions, addProfileOption } from "../shared-options.js";
import type { ConfigFlags } from "./run.js";

const load = () => import("./run.js");

/** `topkit config set|get|unset|list|use|path`: profiles in a 0600 file under the XDG config folder. */
export function addConfigCommand(program: Command, ctx: Context): void {
  const keys = SETTING_KEYS.map((k) => k.key).join(", ");
  const config = subcommand(
    program,
    ctx,
    "config",
    { en: "manage saved credentials and settings (profiles)", zh: "管理保存的凭据与设置（profile）" },
    {
      en: `Save ${keys} in profiles, in $XDG_CONFIG_HOME/topkit/config.json (mode 0600). Flags win over TOP_* variables, which win over the profile. The secret is never printed.`,
      zh: `在 profile 中保存 ${keys}，文件为 $XDG_CONFIG_HOME/topkit/config.json（权限 0600）。命令行参数优先于 TOP_* 环境变量，环境变量优先于 profile。密钥永不显示。`,
    },
  );
  const keyHelp = ctx.t({ en: `one of: ${keys}`, zh: `可选：${keys}` });
  const key = () => new Argument("<key>", keyHelp).choices(SETTING_KEYS.map((k) => k.key));
  const set = config
    .command("set")
    .description(
      ctx.t({
        en: "save a setting; without a value (or with -) it is read from stdin, hidden at a terminal",
        zh: "保存一项设置；不给值（或给 -）时从标准输入读取，在终端中输入不回显",
      }),
    )
    .addArgument(key())
    .argument("[value]", ctx.t({ en: "the value, or - for stdin", zh: "值，或 - 表示标准输入" }));
  addProfileOption(set, ctx).option("-q, --quiet", ctx.t({ en: "no notes on stderr", zh: "不输出提示" }));
  withExamples(set, ctx, [
    "topkit config set app-key 12345678",
    "topkit config set app-secret",
    "topkit config set endpoint sandbox --profile test",
  ]);
  set.action(async (k: string, v: string | undefined, flags: ConfigFlags) =>
    (await load()).configSet(ctx, k, v, flags),
  );

  const get = config
    .command("get")
    .description(ctx.t({ en: "print a saved setting (the secret as <set>)", zh: "输出一项设置（密钥显示为 <set>）" }))
    .addArgument(key());
  addProfileOption(get, ctx);
  withExamples(get, ctx, ["topkit config get app-key", "topkit config get endpoint --profile test"]);
  get.action(async (k: string, flags: ConfigFlags) => (await load()).configGet(ctx, k, flags));

  const unset = config
    .command("unset")
    .description(ctx.t({ en: "remove a saved setting", zh: "删除一项设置" }))
    .addArgument(key());
  addProfileOption(unset, ctx);
  withExamples(unset, ctx, ["topkit config unset session"]);
  unset.action(async (k: string, flags: ConfigFlags) => (await load()).configUnset(ctx, k, flags));

  const list = config
    .command("list")
    .description(ctx.t({ en: "list profiles and their settings", zh: "列出所有 profile 及其设置" }));
  addOutputOptions(list, ctx, "table");
  withExamples(list, ctx, ["topkit config list", "topkit config list --output json"]);
  list.action(async (flags: ConfigFlags) => (await load()).configList(ctx, flags));

  const use = config
    .command("use")
    .description(ctx.t({ en: "make a profile the one used by default", zh: "设置默认使用的 profile" }))
    .argument("<profile>", ctx.t({ en: "profile name", zh: "profile 名称" }));
  withExamples(use, ctx, ["topkit config use test"]);
  use.action(async (name: string) => (await load()).configUse(ctx, name));

  const path = config
    .command("path")
    .description(ctx.t({ en: "print the config file's path", zh: "输出配置文件路径" }));
  withExamples(path, ctx, ["topkit config path"]);
  path.action(async () => (await load()).configPath(ctx));
  withExamples(config, ctx, [
    "topkit config set app-key 12345678",
    "topkit config set app-secret",
    "topkit config list",
  ]);
}
