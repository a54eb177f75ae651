import { usageError } from "../../cli-error.js";
import { credentials, resolveSettings } from "../../config/settings.js";
import { type Context, note } from "../../io/context.js";
import { SEED } from "../define.js";
import { wholeNumber } from "../shared-options.js";
import { gatewayLimits, type LimitFlags } from "./limits-flags.js";
import { logRequests } from "./request-log.js";

export interface GatewayFlags extends LimitFlags {
  port?: string;
  appKey?: string;
  appSecret?: string;
  profile?: string;
  quiet?: boolean;
  tmc?: boolean;
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/**
 * `topkit gateway`: runs the SDK's local gateway (it checks signatures with this app key and secret
 * and answers from the APIs' doc samples), prints its URL on stdout, and stops on Ctrl-C.
 */
export async function runGateway(ctx: Context, flags: GatewayFlags): Promise<void> {
  const port = flags.port === undefined ? undefined : wholeNumber(flags.port, "--port", 65535);
  const limits = gatewayLimits(flags);
  const { appKey, appSecret } = credentials(resolveSettings(ctx, flags));
  // The SDK's testing entry (the gateway and TMC server) is loaded only when `topkit gateway` runs.
  const testing = await import("@topkit/sdk/testing");
  let gateway: Awaited<ReturnType<typeof testing.createLocalGateway>>;
  try {
    gateway = await testing.createLocalGateway({
      appKey,
      appSecret,
      ...(port !== undefined && { port }),
      ...(limits && { limits }),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES")
      throw usageError(`cannot listen on port ${port}: ${code}`, "pick another --port");
    throw e;
  }
  ctx.out(`${gateway.url}\n`);
  // --tmc: a local TMC server beside it, same credentials; its URL is the second stdout line.
  const tmc = flags.tmc ? await testing.createLocalTmc({ appKey, appSecret }) : undefined;
  if (tmc) {
    ctx.out(`${tmc.url}\n`);
    note(
      ctx,
      `local TMC server on ${tmc.url}. Try:\n  topkit tmc listen --url ${tmc.url}\n  topkit tmc publish taobao_trade_TradeCreate --json '{"tid":1234567890123456789}' --url ${tmc.url}`,
    );
  }
  note(
    ctx,
    `local TOP gateway for app key ${appKey}; Ctrl-C stops it. Try:\n  topkit call ${SEED} --endpoint ${gateway.url} --set req.type=1 --set 'req.data=[]' --session test`,
  );
  const stopLog = logRequests(ctx, gateway.requests);
  await untilStopped();
  stopLog();
  await tmc?.close();
  await gateway.close();
}
