import type { ClientHooks } from "@topkit/sdk";
import type { Context } from "../../io/context.js";

/**
 * `--verbose`: each attempt and its answer on stderr, as the SDK's hooks see them (session and sign
 * already cut to 4 characters by the SDK; the secret never reaches a hook).
 */
export function verboseHooks(ctx: Context): Required<ClientHooks> {
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
