import { formatTopDate } from "@topkit/sdk";
import type { TmcMessage } from "@topkit/sdk/tmc";
import { CliError, EXIT, usageError } from "../../cli-error.js";
import { credentials, resolveSettings } from "../../config/settings.js";
import { type Context, note, warn } from "../../io/context.js";
import { jsonText } from "../../output/json-text.js";
import { oneLine } from "../../output/sanitize.js";

interface CredentialFlags {
  appKey?: string;
  appSecret?: string;
  profile?: string;
  group?: string;
  quiet?: boolean;
}

export interface ListenFlags extends CredentialFlags {
  topics?: string;
  url?: string;
  env?: string;
}

export interface PublishFlags extends CredentialFlags {
  json: string;
  url: string;
  userId?: string;
  userNick?: string;
}

function groupOf(flags: CredentialFlags): string {
  const group = flags.group ?? "default";
  if (!/^\S{1,64}$/.test(group))
    throw usageError(`--group: "${group}" is not a TMC group name`, "no spaces, at most 64 characters");
  return group;
}

/** Where `listen` connects: --url > TOP_TMC_URL > --env > TOP's production TMC. */
function listenUrl(ctx: Context, flags: ListenFlags, urls: { TMC_URL: string; TMC_SANDBOX_URL: string }): string {
  const url = flags.url ?? (ctx.env.TOP_TMC_URL || undefined);
  if (url !== undefined) {
    if (!/^wss?:\/\/[^\s/]+/i.test(url)) throw usageError(`the TMC url must be ws:// or wss://, got "${url}"`);
    return url;
  }
  if (flags.env === undefined || flags.env === "production") return urls.TMC_URL;
  if (flags.env === "sandbox") return urls.TMC_SANDBOX_URL;
  throw usageError(`--env: TMC has production and sandbox, not "${flags.env}"`);
}

/** One output line per message: JSON, 64-bit ids as bare digits, dates as TOP's GMT+8 text. */
function messageLine(m: TmcMessage): string {
  return `${jsonText(
    {
      id: m.id,
      topic: m.topic,
      user_id: m.userId,
      user_nick: m.userNick,
      pub_time: m.pubTime && formatTopDate(m.pubTime),
      content: m.content === undefined ? undefined : m.content,
      raw_content: m.content === undefined ? m.rawContent : undefined,
    },
    false,
  )}\n`;
}

/** Resolves on the first SIGINT or SIGTERM, with the signal's name. */
function firstSignal(): { stopped: Promise<string>; dispose: () => void } {
  let dispose = () => {};
  const stopped = new Promise<string>((resolve) => {
    const stop = (signal: string) => {
      dispose();
      resolve(signal);
    };
    dispose = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return { stopped, dispose };
}

/**
 * `topkit tmc listen`: prints each message as a JSON line, confirms it once the line is written, and on
 * Ctrl-C lets the running line finish, confirms it, closes and exits 130.
 */
export async function runListen(ctx: Context, flags: ListenFlags): Promise<void> {
  const { appKey, appSecret } = credentials(resolveSettings(ctx, flags));
  const group = groupOf(flags);
  const topics =
    flags.topics === undefined
      ? undefined
      : new Set(
          flags.topics
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
        );
  if (topics?.size === 0) throw usageError("--topics is empty", "name topics separated by commas");
  const tmc = await import("@topkit/sdk/tmc");
  const url = listenUrl(ctx, flags, tmc);
  const client = new tmc.TmcClient(appKey, appSecret, group);
  let printed = 0;
  const skipped = new Set<string>();
  client.setMessageHandler((message, status) => {
    if (topics && !topics.has(message.topic)) {
      if (!skipped.has(message.topic)) {
        skipped.add(message.topic);
        note(ctx, `skipping topic ${oneLine(message.topic)}: not in --topics, left unconfirmed`);
      }
      status.fail();
      return;
    }
    ctx.out(messageLine(message));
    printed++;
  });
  client.on("error", (e) => warn(ctx, oneLine(e.message)));
  client.on("reconnect", (e) =>
    note(ctx, `connection lost (${oneLine(e.cause.message)}); reconnecting in ${e.delayMs} ms (attempt ${e.attempt})`),
  );
  client.on("connect", (e) => {
    if (e.attempt > 0) note(ctx, `reconnected to ${url}`);
  });
  const signal = firstSignal();
  try {
    await Promise.race([client.connect(url), signal.stopped.then(() => undefined)]);
  } catch (e) {
    signal.dispose();
    await client.close();
    if (e instanceof tmc.TmcAuthError)
      throw new CliError(EXIT.usage, e.message, { hint: "check --app-key, the secret (TOP_APP_SECRET) and --group" });
    throw new CliError(EXIT.transport, (e as Error).message, { hint: "check --url (or --env) and the network" });
  }
  note(ctx, `listening on ${url} as app key ${appKey}, group ${group}; Ctrl-C stops`);
  await signal.stopped;
  await client.close();
  throw new CliError(EXIT.interrupted, `interrupted: ${printed} messages printed and confirmed`);
}

/** `topkit tmc publish`: one message to a local TMC server over its signed POST /publish. */
export async function runPublish(ctx: Context, topic: string, flags: PublishFlags): Promise<void> {
  const { appKey, appSecret } = credentials(resolveSettings(ctx, flags));
  const group = groupOf(flags);
  try {
    JSON.parse(flags.json);
  } catch (e) {
    throw usageError(`--json is not JSON: ${(e as Error).message}`, `quote it for the shell: --json '{"tid":1}'`);
  }
  if (flags.userId !== undefined && !/^\d{1,19}$/.test(flags.userId))
    throw usageError(`--user-id must be digits, got "${flags.userId}"`);
  let publishUrl: string;
  try {
    const u = new URL(flags.url);
    if (!/^(ws|http)s?:$/.test(u.protocol)) throw new Error("not a ws or http URL");
    publishUrl = `${u.protocol.replace("ws", "http")}//${u.host}/publish`;
  } catch {
    throw usageError(
      `--url: "${flags.url}" is not the local TMC server's URL`,
      "pass the ws:// URL `topkit gateway --tmc` printed",
    );
  }
  const { publishToLocalTmc } = await import("@topkit/sdk/testing");
  let id: bigint;
  try {
    id = await publishToLocalTmc(publishUrl, {
      appKey,
      appSecret,
      topic,
      content: flags.json,
      group,
      ...(flags.userId !== undefined && { userId: flags.userId }),
      ...(flags.userNick !== undefined && { userNick: flags.userNick }),
    });
  } catch (e) {
    throw new CliError(EXIT.transport, oneLine((e as Error).message), {
      hint: "is `topkit gateway --tmc` running with the same app key and secret?",
    });
  }
  ctx.out(`${id}\n`);
}
