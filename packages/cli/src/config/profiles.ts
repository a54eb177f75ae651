import { usageError } from "../cli-error.js";
import { type Context, warn } from "../io/context.js";
import { type ConfigFile, readConfig } from "./file.js";
import type { Profile } from "./keys.js";
import { configFilePath } from "./paths.js";

/** The config file, read once; a file others can read draws a warning (it may hold the secret). */
export function loadConfig(ctx: Context): { path: string; config: ConfigFile } {
  const path = configFilePath(ctx.env);
  const { config, looseMode } = readConfig(path);
  if (looseMode !== undefined) {
    warn(ctx, `${path} can be read by other users (mode ${looseMode.toString(8)}); run: chmod 600 ${path}`);
  }
  return { path, config };
}

/** The profile a command uses: --profile, else TOP_PROFILE, else the file's current one, else `default`. */
export function profileName(ctx: Context, flags: { profile?: string }, config: ConfigFile): string {
  return flags.profile ?? (ctx.env.TOP_PROFILE || undefined) ?? config.current ?? "default";
}

/** The named profile; naming one that does not exist (by flag, env or `use`) is an error. */
export function profileOf(
  ctx: Context,
  flags: { profile?: string },
  path: string,
  config: ConfigFile,
): [string, Profile] {
  const name = profileName(ctx, flags, config);
  const profile = Object.hasOwn(config.profiles, name) ? config.profiles[name] : undefined;
  if (profile) return [name, profile];
  if (name === "default") return [name, {}];
  throw usageError(
    `no profile "${name}" in ${path}`,
    `create it with \`topkit config set app-key <key> --profile ${name}\`, or list them with \`topkit config list\``,
  );
}
