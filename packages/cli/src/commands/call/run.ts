import {
  type ClientHooks,
  DefaultTaobaoClient,
  openEnvelope,
  structToWireTree,
  type TaobaoClientOptions,
  type TopResponse,
} from "@topkit/sdk";
import { credentials, resolveSettings, type Settings } from "../../config/settings.js";
import { type Context, note, warn } from "../../io/context.js";
import { interruptible } from "../../io/interrupt.js";
import { type OutputPlan, outputPlan, writeResult } from "../../output/render.js";
import { version } from "../../version.js";
import { sdkFailure } from "../sdk-failure.js";
import { durationMs, wholeNumber } from "../shared-options.js";
import type { CallFlags } from "./command.js";
import { curlLine, dryRun } from "./dry-run.js";
import { type CallTarget, callTarget } from "./target.js";

/** The SDK client options for a call: flags and settings mapped one to one; TOP errors thrown as TopApiError. */
function clientOptions(flags: CallFlags, settings: Settings, hooks: ClientHooks): TaobaoClientOptions {
  return {
    ...(flags.format && { format: flags.format }),
    ...(settings.signMethod && { signMethod: settings.signMethod }),
    ...(flags.simplify && { simplify: true }),
    ...(flags.timeout !== undefined && { timeoutMs: durationMs(flags.timeout, "--timeout") }),
    ...(flags.retries !== undefined && { retries: wholeNumber(flags.retries, "--retries", 10) }),
    throwOnApiError: true,
    userAgent: `topkit-cli/${version} (node ${process.version})`,
    hooks,
  };
}

/**
 * `--verbose`: each attempt and its answer on stderr, as the SDK's hooks see them (session and sign
 * already cut to 4 characters by the SDK; the secret never reaches a hook).
 */
function verboseHooks(ctx: Context): Required<ClientHooks> {
  const dim = ctx.errStyle.dim;
  return {
    onRequest(r) {
      const retry = r.attempt > 0 ? ` (retry ${r.attempt})` : "";
      const lines = Object.entries(r.params).map(([k, v]) => `>   ${k}=${v.length > 200 ? `${v.slice(0, 200)}…` : v}`);
      for (const [k, f] of Object.entries(r.files)) lines.push(`>   ${k}=@${f}`);
      ctx.err(dim(`> POST ${r.url}${retry}\n${lines.join("\n")}\n`));
    },
    onResponse(i) {
      ctx.err(dim(`< HTTP ${i.status}, ${Buffer.byteLength(i.body)} bytes in ${Math.round(i.durationMs)} ms\n`));
    },
  };
}

/**
 * A typed response as the result a terminal user reads: keyed by wire names (as `topkit describe`
 * and TOP's docs show them), list wrappers already removed, 64-bit ids as exact bigint, dates as
 * GMT+8 text, the same whether TOP answered in JSON or XML. `request_id` is kept when TOP sent one.
 */
function responseTree(rsp: TopResponse): Record<string, unknown> {
  const fields = (rsp.constructor as typeof TopResponse).$fields;
  const tree = structToWireTree(fields, rsp);
  if (rsp.requestId !== undefined && !Object.hasOwn(tree, "request_id")) tree.request_id = rsp.requestId;
  return tree;
}

/** Sends the call; resolves with the result tree. */
async function send(
  client: DefaultTaobaoClient,
  target: CallTarget,
  session: string | undefined,
  simplify: boolean,
  signal: AbortSignal,
) {
  if (target.kind === "typed") {
    const rsp: TopResponse = await client.execute(target.request, session, { signal });
    return responseTree(rsp);
  }
  const body = await client.call(target.method, target.params, session, { signal });
  // The client has checked that the body is this API's envelope (or an error_response): open it.
  const envelope = openEnvelope(body, target.method, simplify);
  return "content" in envelope ? envelope.content : body;
}

/**
 * Prints the request as the client would send it, prepared and signed by the SDK without sending (no
 * connection is opened): a curl line, or JSON when an output format was asked for.
 */
function printDryRun(
  ctx: Context,
  client: DefaultTaobaoClient,
  target: CallTarget,
  session: string | undefined,
  flags: CallFlags,
  plan: OutputPlan,
) {
  const prepared =
    target.kind === "typed"
      ? client.prepare(target.request, session)
      : client.prepareCall(target.method, target.params, session);
  const run = dryRun(client.redact(prepared));
  const files = prepared.files;
  if (flags.output === "json" || flags.output === "table" || flags.query !== undefined) writeResult(ctx, run, plan);
  else ctx.out(`${curlLine(run, files)}\n`);
  note(ctx, "dry run: nothing was sent (session and sign are shortened, so the line cannot be replayed as is)");
}

/** `topkit call <method>`: params -> SDK request -> signed call (or a dry run) -> result on stdout. */
export async function runCall(ctx: Context, method: string, flags: CallFlags): Promise<void> {
  try {
    await call(ctx, method, flags);
  } catch (e) {
    throw sdkFailure(e, method) ?? e;
  }
}

async function call(ctx: Context, method: string, flags: CallFlags): Promise<void> {
  const plan = outputPlan(flags, "json");
  const settings = resolveSettings(ctx, flags);
  const target = await callTarget(ctx, method, { json: flags.json, sets: flags.set ?? [] });
  if (target.kind === "typed" && target.needsSession && !settings.session) {
    warn(ctx, `${method} needs a user session: pass --session, set TOP_SESSION or run \`topkit config set session -\``);
  }
  const { appKey, appSecret } = credentials(settings);
  let body: string | undefined;
  const verbose = flags.verbose ? verboseHooks(ctx) : undefined;
  const hooks: ClientHooks = {
    onRequest(r) {
      verbose?.onRequest(r);
    },
    onResponse(i) {
      verbose?.onResponse(i);
      body = i.body;
    },
  };
  const client = new DefaultTaobaoClient(settings.endpoint, appKey, appSecret, clientOptions(flags, settings, hooks));
  try {
    if (flags.dryRun) return printDryRun(ctx, client, target, settings.session, flags, plan);
    const result = await interruptible((signal) =>
      send(client, target, settings.session, flags.simplify === true, signal),
    );
    writeResult(ctx, result, plan, body);
  } finally {
    await client.close();
  }
}
