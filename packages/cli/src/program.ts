import { Command } from "commander";
import { addApisCommand } from "./commands/apis/command.js";
import { addCallCommand } from "./commands/call/command.js";
import { addCompletionCommand } from "./commands/completion/command.js";
import { addConfigCommand } from "./commands/config/command.js";
import { SEED, withExamples } from "./commands/define.js";
import { addDescribeCommand } from "./commands/describe/command.js";
import { addGatewayCommand } from "./commands/gateway/command.js";
import { addSignCommand } from "./commands/sign/command.js";
import { addTmcCommand } from "./commands/tmc/command.js";
import { helpConfiguration } from "./help-config.js";
import type { Context } from "./io/context.js";
import { version } from "./version.js";

/**
 * The `topkit` command tree. Building it loads only commander and the help texts: each command
 * imports its implementation (and with it the SDK) when it runs, which keeps `--version` and
 * `--help` fast.
 */
export function buildProgram(ctx: Context): Command {
  const program = new Command("topkit")
    .description(
      ctx.t({
        en: "Call any Taobao Open Platform (TOP) API from the terminal, with the typed classes of @topkit/sdk.",
        zh: "在终端调用任意淘宝开放平台（TOP）API，由 @topkit/sdk 的类型化类完成校验、签名和解析。",
      }),
    )
    .version(version, "-v, --version", ctx.t({ en: "print the version", zh: "显示版本号" }))
    .helpOption("-h, --help", ctx.t({ en: "show help", zh: "显示帮助" }))
    .helpCommand("help [command]", ctx.t({ en: "show help for a command", zh: "显示命令的帮助" }))
    .configureHelp(helpConfiguration(ctx))
    .configureOutput({
      writeOut: ctx.out,
      writeErr: ctx.err,
      outputError: (text, write) => write(text.replace(/^error:/, ctx.errStyle.red(ctx.errStyle.bold("error:")))),
    })
    .showSuggestionAfterError()
    .exitOverride();
  program.hook("preAction", (_program, action) => {
    ctx.quiet = action.opts().quiet === true;
  });
  addCallCommand(program, ctx);
  addApisCommand(program, ctx);
  addDescribeCommand(program, ctx);
  addSignCommand(program, ctx);
  addGatewayCommand(program, ctx);
  addTmcCommand(program, ctx);
  addConfigCommand(program, ctx);
  addCompletionCommand(program, ctx);
  withExamples(program, ctx, [
    "topkit apis --search 好房",
    `topkit describe ${SEED}`,
    `topkit call ${SEED} --set req.type=1 --set req.data=@data.json`,
    "topkit config set app-key 12345678 && topkit config set app-secret -",
  ]);
  return program;
}
