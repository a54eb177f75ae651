import { type Command, Option } from "commander";
import type { ConnectionFlags } from "../../config/settings.js";
import type { Context } from "../../io/context.js";
import { SEED, subcommand, withExamples } from "../define.js";
import type { OutputFlags } from "../shared-options.js";
import { addConnectionOptions, addOutputOptions, collect } from "../shared-options.js";

/** `topkit call <method>`. The SDK is loaded only when the command runs. */
export function addCallCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "call",
    { en: "call a TOP API", zh: "调用 TOP API" },
    {
      en: "Call a TOP API. Params are set by wire path, typed by the API's doc and checked before anything is sent; the result is printed as JSON.",
      zh: "调用 TOP API。参数按接口文档中的名称路径设置，按文档类型转换，并在发送前校验；结果以 JSON 输出。",
    },
  )
    .argument("<method>", ctx.t({ en: "API method name, e.g. taobao.trade.get", zh: "API 名称，如 taobao.trade.get" }))
    .option(
      "-s, --set <path=value>",
      ctx.t({
        en: "set a param by wire path (repeatable); value @file reads a file, @- stdin",
        zh: "按路径设置参数（可重复）；值为 @文件 时读取文件，@- 读取标准输入",
      }),
      collect,
    )
    .option(
      "--json <object>",
      ctx.t({ en: "all params as a JSON object, or @file.json, or @-", zh: "以 JSON 对象给出参数，或 @文件.json、@-" }),
    )
    .addOption(
      new Option(
        "--format <format>",
        ctx.t({ en: "answer format asked of TOP: json or xml", zh: "请求 TOP 返回的格式：json 或 xml" }),
      ).choices(["json", "xml"]),
    )
    .option("--simplify", ctx.t({ en: "ask for simplified JSON", zh: "请求精简 JSON（simplify=true）" }))
    .option(
      "--timeout <duration>",
      ctx.t({ en: "per attempt: 5000, 30s… (default 30s)", zh: "每次请求超时：5000、30s…（默认 30s）" }),
    )
    .option(
      "--retries <n>",
      ctx.t({ en: "retries where resending is safe (default 2)", zh: "可安全重发时的重试次数（默认 2）" }),
    )
    .option(
      "--dry-run",
      ctx.t({ en: "print the signed request as a curl line; send nothing", zh: "打印已签名请求的 curl 命令，不发送" }),
    )
    .option("--verbose", ctx.t({ en: "show each request and answer on stderr", zh: "在 stderr 显示每次请求与响应" }));
  addConnectionOptions(cmd, ctx, { session: true, endpoint: true });
  addOutputOptions(cmd, ctx, "json");
  withExamples(cmd, ctx, [
    `topkit call ${SEED} --set req.type=1 --set req.data=@data.json --session 6100abcd`,
    `topkit call ${SEED} --json @params.json --query result.code`,
    `topkit call ${SEED} --set req.type=1 --set 'req.data=[]' --dry-run`,
    "topkit call taobao.time.get --env sandbox",
  ]);
  cmd.action(async (method: string, flags: CallFlags) => {
    const { runCall } = await import("./run.js");
    await runCall(ctx, method, flags);
  });
}

/** `topkit call`'s options as commander parses them. */
export interface CallFlags extends ConnectionFlags, OutputFlags {
  set?: string[];
  json?: string;
  format?: "json" | "xml";
  simplify?: boolean;
  timeout?: string;
  retries?: string;
  dryRun?: boolean;
  verbose?: boolean;
}
