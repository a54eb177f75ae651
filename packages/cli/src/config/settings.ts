import { assertSignMethod, type SignMethod, TOP_ENDPOINTS } from "@topkit/sdk";
import { usageError } from "../cli-error.js";
import { type Context, warn } from "../io/context.js";
import { endpointUrl } from "./endpoint.js";
import { loadConfig, profileOf } from "./profiles.js";

/** Connection flags as commander parses them. */
export interface ConnectionFlags {
  appKey?: string;
  appSecret?: string;
  session?: string;
  endpoint?: string;
  env?: string;
  signMethod?: string;
  profile?: string;
}

/** What a call runs with, after flags > environment > profile. */
export interface Settings {
  readonly profile: string;
  readonly appKey?: string;
  readonly appSecret?: string;
  readonly session?: string;
  readonly endpoint: string;
  readonly signMethod?: SignMethod;
}

/** Resolves every connection setting by precedence: flags > environment (TOP_*) > profile. */
export function resolveSettings(ctx: Context, flags: ConnectionFlags): Settings {
  const { path, config } = loadConfig(ctx);
  const [profile, p] = profileOf(ctx, flags, path, config);
  const fromEnv = (name: string) => ctx.env[name] || undefined;
  if (flags.appSecret !== undefined) {
    warn(
      ctx,
      "--app-secret puts the secret in your shell history and the process list; prefer TOP_APP_SECRET or `topkit config set app-secret -`",
    );
  }
  const [endpoint, endpointFrom] = flags.endpoint
    ? [flags.endpoint, "--endpoint"]
    : flags.env
      ? [flags.env, "--env"]
      : fromEnv("TOP_ENDPOINT")
        ? [fromEnv("TOP_ENDPOINT")!, "TOP_ENDPOINT"]
        : p.endpoint
          ? [p.endpoint, `profile "${profile}" endpoint`]
          : [TOP_ENDPOINTS.production, "default"];
  const signMethod = flags.signMethod ?? p.signMethod;
  if (signMethod !== undefined) {
    try {
      assertSignMethod(signMethod);
    } catch (e) {
      throw usageError(
        `${flags.signMethod ? "--sign-method" : `profile "${profile}" sign-method`}: ${(e as Error).message}`,
      );
    }
  }
  const settings: Settings = {
    profile,
    appKey: flags.appKey ?? fromEnv("TOP_APP_KEY") ?? p.appKey,
    appSecret: flags.appSecret ?? fromEnv("TOP_APP_SECRET") ?? p.appSecret,
    session: flags.session ?? fromEnv("TOP_SESSION") ?? p.session,
    endpoint: endpointUrl(endpoint, endpointFrom),
    ...(signMethod !== undefined && { signMethod: signMethod as SignMethod }),
  };
  return settings;
}

/** The app key and secret, or a usage error saying how to provide the missing one. */
export function credentials(settings: Settings): { appKey: string; appSecret: string } {
  const { appKey, appSecret, profile } = settings;
  if (!appKey) {
    throw usageError(
      "no app key",
      `pass --app-key, set TOP_APP_KEY, or run \`topkit config set app-key <key>${profile === "default" ? "" : ` --profile ${profile}`}\``,
    );
  }
  if (!appSecret) {
    throw usageError(
      "no app secret",
      `set TOP_APP_SECRET, or run \`topkit config set app-secret -\`${profile === "default" ? "" : ` --profile ${profile}`} and paste it on stdin`,
    );
  }
  return { appKey, appSecret };
}
