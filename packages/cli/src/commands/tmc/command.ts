import type { Command } from "commander";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";
import { addProfileOption } from "../shared-options.js";
import type { ListenFlags, PublishFlags } from "./run.js";

function addCredentialOptions(cmd: Command, ctx: Context): Command {
  addProfileOption(cmd, ctx);
  return cmd
    .option("--app-key <key>", ctx.t({ en: "app key (env: TOP_APP_KEY)", zh: "应用 App Key（环境变量 TOP_APP_KEY）" }))
    .option(
      "--app-secret <secret>",
      ctx.t({
        en: "app secret (prefer TOP_APP_SECRET or the config file: a flag is visible to others)",
        zh: "应用密钥（建议用 TOP_APP_SECRET 或配置文件：命令行参数会被他人看到）",
      }),
    )
    .option("--group <name>", ctx.t({ en: "TMC group (default: default)", zh: "消息分组（默认 default）" }))
    .option("-q, --quiet", ctx.t({ en: "no notes on stderr", zh: "不在 stderr 输出提示" }));
}

/** `topkit tmc listen|publish`: TOP's message channel from the terminal. */
export function addTmcCommand(program: Command, ctx: Context): void {
  const tmc = subcommand(
    program,
    ctx,
    "tmc",
    { en: "receive TOP messages (TMC)", zh: "接收 TOP 消息（消息服务 TMC）" },
    {
      en: "TMC (Taobao Message Channel, 消息服务): print the messages TOP sends your app, or publish test messages to a local TMC server (`topkit gateway --tmc`).",
      zh: "消息服务 TMC：输出 TOP 推送给应用的消息，或向本地 TMC 服务（`topkit gateway --tmc`）发布测试消息。",
    },
  );
  withExamples(tmc, ctx, ["topkit tmc listen --group orders", "topkit gateway --tmc"]);
  const listen = subcommand(
    tmc,
    ctx,
    "listen",
    { en: "print messages as JSON lines", zh: "以 JSON 行输出消息" },
    {
      en: "Connect to TMC and print one JSON line per message on stdout; each is confirmed after its line is written. Ctrl-C finishes the line being written, confirms it and exits 130. With --topics, other topics are left unconfirmed (TMC redelivers them): give listen a group of its own.",
      zh: "连接 TMC，每条消息在 stdout 输出一行 JSON，写出后才确认。Ctrl-C 会写完当前行、确认后以 130 退出。使用 --topics 时其他主题的消息不确认（TMC 会重投），请为 listen 使用单独的分组。",
    },
  )
    .option("--topics <a,b>", ctx.t({ en: "print only these topics", zh: "只输出这些主题" }))
    .option(
      "--url <ws-url>",
      ctx.t({
        en: "TMC WebSocket URL (env: TOP_TMC_URL; default TOP's, or the sandbox's with --env sandbox)",
        zh: "TMC WebSocket 地址（环境变量 TOP_TMC_URL；默认正式环境，--env sandbox 时为沙箱）",
      }),
    )
    .option("--env <name>", ctx.t({ en: "production or sandbox", zh: "production 或 sandbox" }));
  addCredentialOptions(listen, ctx);
  withExamples(listen, ctx, [
    "topkit tmc listen --group orders --topics taobao_trade_TradeCreate,taobao_trade_TradeSuccess",
    "topkit tmc listen --url ws://127.0.0.1:7001/ | jq .content.tid",
  ]);
  listen.action(async (flags: ListenFlags) => {
    const { runListen } = await import("./run.js");
    await runListen(ctx, flags);
  });

  const publish = subcommand(
    tmc,
    ctx,
    "publish",
    { en: "send a message to a local TMC server", zh: "向本地 TMC 服务发送消息" },
    {
      en: "Publish one message to a local TMC server (started by `topkit gateway --tmc` or createLocalTmc); prints its id. Real TMC takes no messages from apps this way.",
      zh: "向本地 TMC 服务（`topkit gateway --tmc` 或 createLocalTmc 启动）发布一条消息，输出其 id。真实 TMC 不接受这种方式发布的消息。",
    },
  )
    .argument("<topic>", ctx.t({ en: "message topic", zh: "消息主题" }))
    .requiredOption("--json <content>", ctx.t({ en: "message content: JSON text", zh: "消息内容：JSON 文本" }))
    .requiredOption(
      "--url <ws-url>",
      ctx.t({ en: "the local TMC server's URL, as printed", zh: "本地 TMC 服务地址（启动时输出的）" }),
    )
    .option("--user-id <id>", ctx.t({ en: "user_id of the message", zh: "消息的 user_id" }))
    .option("--user-nick <nick>", ctx.t({ en: "user_nick of the message", zh: "消息的 user_nick" }));
  addCredentialOptions(publish, ctx);
  withExamples(publish, ctx, [
    `topkit tmc publish taobao_trade_TradeCreate --json '{"tid":1234567890123456789}' --url ws://127.0.0.1:7001/`,
  ]);
  publish.action(async (topic: string, flags: PublishFlags) => {
    const { runPublish } = await import("./run.js");
    await runPublish(ctx, topic, flags);
  });
}
