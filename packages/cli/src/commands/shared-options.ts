import { type Command, Option } from "commander";
import { usageError } from "../cli-error.js";
import type { Context } from "../io/context.js";

// Options more than one command takes: declaring them (help in the user's language) and reading their values.

// Kept in step with the SDK's TOP_ENDPOINTS and SIGN_METHODS by a test; not imported, so that
// building the help does not load the SDK.
export const ENV_NAMES = ["production", "overseas", "sandbox"] as const;
export const SIGN_METHOD_NAMES = ["md5", "hmac", "hmac-sha256"] as const;

const collect = (value: string, previous: string[] = []) => [...previous, value];

export { collect };

/** --profile: which saved profile to use. */
export function addProfileOption(cmd: Command, ctx: Context): Command {
  return cmd.option(
    "--profile <name>",
    ctx.t({
      en: "profile from the config file (default: TOP_PROFILE, then the current one)",
      zh: "使用配置文件中的 profile（默认：TOP_PROFILE，其次为当前 profile）",
    }),
  );
}

/** Where to call and as whom: flags that override TOP_* variables and the profile. */
export function addConnectionOptions(
  cmd: Command,
  ctx: Context,
  with_: { session: boolean; endpoint: boolean },
): Command {
  addProfileOption(cmd, ctx);
  if (with_.endpoint) {
    cmd.addOption(
      new Option(
        "--endpoint <url>",
        ctx.t({ en: "router/rest URL (env: TOP_ENDPOINT)", zh: "router/rest 地址（环境变量 TOP_ENDPOINT）" }),
      ).conflicts("env"),
    );
    cmd.addOption(
      new Option(
        "--env <name>",
        ctx.t({
          en: "TOP environment: production, overseas or sandbox",
          zh: "TOP 环境：production、overseas 或 sandbox",
        }),
      ).choices(ENV_NAMES),
    );
  }
  cmd.option(
    "--app-key <key>",
    ctx.t({ en: "app key (env: TOP_APP_KEY)", zh: "应用 App Key（环境变量 TOP_APP_KEY）" }),
  );
  cmd.option(
    "--app-secret <secret>",
    ctx.t({
      en: "app secret (prefer TOP_APP_SECRET or the config file: a flag is visible to others)",
      zh: "应用密钥（建议用 TOP_APP_SECRET 或配置文件：命令行参数会被他人看到）",
    }),
  );
  if (with_.session) {
    cmd.option(
      "--session <key>",
      ctx.t({ en: "user session key (env: TOP_SESSION)", zh: "用户授权 session（环境变量 TOP_SESSION）" }),
    );
  }
  cmd.addOption(
    new Option(
      "--sign-method <method>",
      ctx.t({
        en: "md5, hmac or hmac-sha256 (default hmac-sha256)",
        zh: "签名方法：md5、hmac 或 hmac-sha256（默认 hmac-sha256）",
      }),
    ).choices(SIGN_METHOD_NAMES),
  );
  return cmd;
}

/** -o/--output, --query, --cols, -q/--quiet. */
export function addOutputOptions(cmd: Command, ctx: Context, fallback: string): Command {
  return cmd
    .addOption(
      new Option(
        "-o, --output <format>",
        ctx.t({
          en: `json, table or raw (default ${fallback})`,
          zh: `输出格式：json、table 或 raw（默认 ${fallback}）`,
        }),
      ).choices(["json", "table", "raw"]),
    )
    .option(
      "--query <path>",
      ctx.t({
        en: "print only this part of the result, e.g. result.code or items[].id",
        zh: "只输出结果的一部分，如 result.code 或 items[].id",
      }),
    )
    .option("--cols <names>", ctx.t({ en: "table columns, comma-separated", zh: "表格列，逗号分隔" }))
    .option("-q, --quiet", ctx.t({ en: "no warnings or notes on stderr", zh: "不在 stderr 输出警告和提示" }));
}

/** The output options every command that prints a result takes. */
export interface OutputFlags {
  output?: string;
  query?: string;
  cols?: string;
  quiet?: boolean;
}

/** `--timeout`: milliseconds, or with a unit: `500ms`, `30s`, `2m`. */
export function durationMs(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw usageError(`${flag} "${text}": expected a duration such as 5000, 500ms, 30s or 2m`);
  const n = Number(m[1]);
  return Math.round(m[2] === "s" ? n * 1000 : m[2] === "m" ? n * 60_000 : n);
}

/** A whole number ≥ 0 (`--retries`, `--port`), with an upper bound. */
export function wholeNumber(text: string, flag: string, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > max)
    throw usageError(`${flag} "${text}": expected a whole number from 0 to ${max}`);
  return n;
}
