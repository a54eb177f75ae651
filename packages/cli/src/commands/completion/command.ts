import { Argument, type Command } from "commander";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";

/** `topkit completion bash|zsh|fish`. */
export function addCompletionCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "completion",
    { en: "print a shell completion script", zh: "输出 shell 补全脚本" },
    {
      en: "Print a completion script for bash, zsh or fish: commands, options, their values and the SDK's method names.",
      zh: "输出 bash、zsh 或 fish 的补全脚本：命令、选项及取值，以及 SDK 中的 API 名称。",
    },
  ).addArgument(
    new Argument("<shell>", ctx.t({ en: "bash, zsh or fish", zh: "bash、zsh 或 fish" })).choices([
      "bash",
      "zsh",
      "fish",
    ]),
  );
  withExamples(cmd, ctx, [
    "source <(topkit completion bash)",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a zsh expansion shown in help, not a JS template
    'topkit completion zsh > "${fpath[1]}/_topkit"',
    "topkit completion fish > ~/.config/fish/completions/topkit.fish",
  ]);
  cmd.action(async (shell: "bash" | "zsh" | "fish") => {
    // The registry, not the SDK root: listing 5,313 methods must not load the client (undici, zod).
    const [{ methods }, { completionScript }] = await Promise.all([
      import("@topkit/sdk/registry"),
      import("../../completion/index.js"),
    ]);
    ctx.out(completionScript(shell, program, methods()));
  });
}
