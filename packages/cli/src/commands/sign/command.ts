import { type Command, Option } from "commander";
import type { Context } from "../../io/context.js";
import { subcommand, withExamples } from "../define.js";
import { addOutputOptions, addProfileOption, SIGN_METHOD_NAMES } from "../shared-options.js";
import type { SignFlags } from "./run.js";

/** `topkit sign`: explain a signature, to debug TOP's code 25 (Invalid signature). */
export function addSignCommand(program: Command, ctx: Context): void {
  const cmd = subcommand(
    program,
    ctx,
    "sign",
    { en: "explain the signature of a set of params", zh: "解释一组参数的签名" },
    {
      en: "Explain how TOP signs these params: the string that is hashed (the secret shown as <secret>) and the sign. Give the params exactly as sent (system ones included); a `sign` among them is checked.",
      zh: "解释 TOP 如何对这些参数签名：参与哈希的字符串（密钥显示为 <secret>）和签名结果。请给出实际发送的全部参数（含系统参数）；若包含 sign 则会校验是否一致。",
    },
  )
    .argument(
      "[params...]",
      ctx.t({ en: "name=value pairs, a query string, a URL, or @file", zh: "name=value 对、查询字符串、URL 或 @文件" }),
    )
    .option(
      "--json <object>",
      ctx.t({ en: "params as a JSON object (or @file.json)", zh: "以 JSON 对象给出参数（或 @文件.json）" }),
    )
    .addOption(
      new Option(
        "--sign-method <method>",
        ctx.t({
          en: "md5, hmac or hmac-sha256 (default: the params' sign_method)",
          zh: "签名方法（默认取参数中的 sign_method）",
        }),
      ).choices(SIGN_METHOD_NAMES),
    )
    .option(
      "--app-secret <secret>",
      ctx.t({
        en: "app secret (prefer TOP_APP_SECRET or the config file)",
        zh: "应用密钥（建议用 TOP_APP_SECRET 或配置文件）",
      }),
    );
  addProfileOption(cmd, ctx);
  addOutputOptions(cmd, ctx, "json");
  withExamples(cmd, ctx, [
    "topkit sign method=taobao.time.get app_key=12345678 timestamp='2024-05-01 08:30:00' v=2.0 sign_method=md5 format=json",
    "topkit sign 'https://eco.taobao.com/router/rest?method=taobao.time.get&app_key=12345678&…&sign=ABCD…'",
    "topkit sign --json @params.json --output raw",
  ]);
  cmd.action(async (words: string[], flags: SignFlags) => {
    const { runSign } = await import("./run.js");
    await runSign(ctx, words, flags);
  });
}
