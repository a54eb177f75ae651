import type { Command } from "commander";
import type { Context } from "../../io/context.js";
import { SEED, subcommand, withExamples } from "../define.js";
import { addOutputOptions } from "../shared-options.js";
import type { DescribeFlags } from "./run.js";

/** `topkit describe <method>`: params, types, limits, examples and a ready-to-edit call line. */
export function addDescribeCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "describe",
    { en: "show an API's params and an example call", zh: "显示 API 的参数与调用示例" },
    {
      en: "Show an API's request and response params (type, required, limits, example, description) and a ready-to-edit `topkit call` line built from its doc's examples. Text by default; --output json for scripts.",
      zh: "显示 API 的请求与响应参数（类型、是否必填、限制、示例、描述），以及根据文档示例生成、可直接修改的 `topkit call` 命令。默认文本输出；脚本请用 --output json。",
    },
  )
    .argument("<method>", ctx.t({ en: "API method name", zh: "API 名称" }))
    .option("--typescript", ctx.t({ en: "also show the request in TypeScript", zh: "同时显示 TypeScript 调用代码" }));
  addOutputOptions(cmd, ctx, "text");
  withExamples(cmd, ctx, [
    `topkit describe ${SEED}`,
    `topkit describe ${SEED} --output json --query request`,
    `topkit describe ${SEED} --output table --query request --cols path,type,required`,
  ]);
  cmd.action(async (method: string, flags: DescribeFlags) => {
    const { runDescribe } = await import("./run.js");
    await runDescribe(ctx, method, flags);
  });
}
