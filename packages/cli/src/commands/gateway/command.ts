import type { Command } from "commander";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";
import { addProfileOption, collect } from "../shared-options.js";
import type { GatewayFlags } from "./run.js";

/** `topkit gateway`: a local stand-in for TOP, for trying calls and for tests. */
export function addGatewayCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "gateway",
    { en: "run a local TOP gateway for tests", zh: "启动本地 TOP 网关用于测试" },
    {
      en: "Run the SDK's local TOP gateway: it checks signatures with the given app key and secret and answers the SDK's APIs from their doc samples. Prints its URL; Ctrl-C stops it.",
      zh: "启动 SDK 自带的本地 TOP 网关：用给定的 App Key 和密钥校验签名，并按文档示例应答 SDK 中的 API。输出其地址；按 Ctrl-C 停止。",
    },
  )
    .option(
      "--port <n>",
      ctx.t({ en: "port to listen on (default: a free one)", zh: "监听端口（默认自动选择空闲端口）" }),
    )
    .option(
      "--app-key <key>",
      ctx.t({ en: "app key the gateway accepts (env: TOP_APP_KEY)", zh: "网关接受的 App Key（环境变量 TOP_APP_KEY）" }),
    )
    .option(
      "--app-secret <secret>",
      ctx.t({
        en: "app secret it checks signatures with (env: TOP_APP_SECRET)",
        zh: "网关校验签名用的密钥（环境变量 TOP_APP_SECRET）",
      }),
    )
    .option(
      "--tmc",
      ctx.t({
        en: "also start a local TMC server with the same key and secret; its ws:// URL is the second stdout line",
        zh: "同时启动使用相同 Key 和密钥的本地 TMC 服务；其 ws:// 地址为 stdout 第二行",
      }),
    )
    .option(
      "--app-per-second <n>",
      ctx.t({
        en: "flow control: calls per second the app may make; more get code 7 and a ban",
        zh: "流量控制：应用每秒可调用次数；超出即返回错误码 7 并封禁",
      }),
    )
    .option(
      "--api-per-second <method=n>",
      ctx.t({ en: "flow control for one API (repeatable)", zh: "单个 API 的流量控制（可重复）" }),
      collect,
    )
    .option(
      "--ban-seconds <n>",
      ctx.t({ en: "how long going over bans the app or API (default 10)", zh: "超限后的封禁秒数（默认 10）" }),
    )
    .option("-q, --quiet", ctx.t({ en: "no notes on stderr", zh: "不在 stderr 输出提示" }));
  addProfileOption(cmd, ctx);
  withExamples(cmd, ctx, [
    "topkit gateway --port 8080",
    "TOP_APP_KEY=test TOP_APP_SECRET=test topkit gateway",
    "topkit gateway --tmc",
    "topkit gateway --app-per-second 200 --api-per-second taobao.trades.sold.get=40 --ban-seconds 5",
  ]);
  cmd.action(async (flags: GatewayFlags) => {
    const { runGateway } = await import("./run.js");
    await runGateway(ctx, flags);
  });
}
