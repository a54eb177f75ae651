import { explainSignature, type SignMethod, signTopRequest } from "@topkit/sdk";
import { usageError } from "../../cli-error.js";
import { resolveSettings } from "../../config/settings.js";
import { type Context, warn } from "../../io/context.js";
import { outputPlan, writeResult } from "../../output/render.js";
import type { OutputFlags } from "../shared-options.js";
import { signParams } from "./sign-params.js";

export interface SignFlags extends OutputFlags {
  json?: string;
  signMethod?: string;
  appSecret?: string;
  profile?: string;
}

/**
 * `topkit sign`: how TOP signs these params — the string that is hashed (secret shown as `<secret>`)
 * and the sign — and, when a `sign` is among them, whether it matches (a mismatch is TOP's code 25).
 */
export async function runSign(ctx: Context, words: readonly string[], flags: SignFlags): Promise<void> {
  const plan = outputPlan(flags, "json");
  const params = await signParams(ctx, words, flags.json);
  const settings = resolveSettings(ctx, { ...flags, signMethod: flags.signMethod ?? params.sign_method });
  if (!settings.appSecret)
    throw usageError("no app secret to sign with", "set TOP_APP_SECRET or run `topkit config set app-secret -`");
  const method: SignMethod = settings.signMethod ?? "hmac-sha256";
  if (params.sign_method !== undefined && params.sign_method !== method) {
    warn(ctx, `the params say sign_method=${params.sign_method} but the sign is made with ${method}`);
  }
  const sign = signTopRequest(params, settings.appSecret, method);
  const given = params.sign;
  const result = {
    signMethod: method,
    stringToSign: explainSignature(params, settings.appSecret, method),
    sign,
    ...(given !== undefined && { givenSign: given, matches: given.toUpperCase() === sign }),
  };
  if (given !== undefined && !result.matches)
    warn(ctx, "the given sign does not match: TOP would answer code 25 (Invalid signature)");
  if (plan.mode === "raw" && !plan.query) ctx.out(`${sign}\n`);
  else writeResult(ctx, result, plan);
}
