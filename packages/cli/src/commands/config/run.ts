import { usageError } from "../../cli-error.js";
import { writeConfig } from "../../config/file.js";
import { PROFILE_NAME, SETTING_KEYS } from "../../config/keys.js";
import { loadConfig, profileName } from "../../config/profiles.js";
import { type Context, note, warn } from "../../io/context.js";
import { readValue } from "../../io/read-line.js";
import { outputPlan, writeResult } from "../../output/render.js";
import type { OutputFlags } from "../shared-options.js";
import { checkedValue, settingKey, shownValue } from "./values.js";

export interface ConfigFlags extends OutputFlags {
  profile?: string;
}

function checkedProfile(name: string): string {
  if (!PROFILE_NAME.test(name)) {
    throw usageError(
      `"${name}" is not a valid profile name`,
      "use letters, digits, _ . - (up to 64, starting with a letter or digit)",
    );
  }
  return name;
}

/** `config set <key> [value]`: saves one setting; with no value (or `-`) it is read from stdin, hidden at a terminal. */
export async function configSet(
  ctx: Context,
  key: string,
  value: string | undefined,
  flags: ConfigFlags,
): Promise<void> {
  const setting = settingKey(key);
  const { path, config } = loadConfig(ctx);
  const name = checkedProfile(profileName(ctx, flags, config));
  if (value !== undefined && value !== "-" && setting.shown !== "plain") {
    warn(
      ctx,
      `the ${key} is now in your shell history; next time run \`topkit config set ${key}\` and paste it when asked`,
    );
  }
  const raw =
    value === undefined || value === "-"
      ? await readValue(ctx, `${key} for profile ${name}: `, setting.shown !== "plain")
      : value;
  const profile = Object.hasOwn(config.profiles, name) ? config.profiles[name]! : {};
  profile[setting.prop] = checkedValue(setting, raw);
  config.profiles[name] = profile;
  writeConfig(path, config);
  note(ctx, `${key} saved in profile "${name}" (${path})`);
}

/** `config unset <key>`. */
export function configUnset(ctx: Context, key: string, flags: ConfigFlags): void {
  const setting = settingKey(key);
  const { path, config } = loadConfig(ctx);
  const name = profileName(ctx, flags, config);
  const profile = config.profiles[name];
  if (!profile || profile[setting.prop] === undefined) {
    note(ctx, `${key} was not set in profile "${name}"`);
    return;
  }
  delete profile[setting.prop];
  writeConfig(path, config);
  note(ctx, `${key} removed from profile "${name}"`);
}

/** `config get <key>`: the saved value (the secret as `<set>`, a session shortened); nothing when unset. */
export function configGet(ctx: Context, key: string, flags: ConfigFlags): void {
  const setting = settingKey(key);
  const { config } = loadConfig(ctx);
  const name = profileName(ctx, flags, config);
  const shown = shownValue(setting, config.profiles[name]?.[setting.prop]);
  if (shown === undefined) {
    note(ctx, `${key} is not set in profile "${name}"`);
    return;
  }
  ctx.out(`${shown}\n`);
  if (setting.shown !== "plain") note(ctx, `(the ${key} itself is never printed)`);
}

/** `config list`: every profile with its settings as they may be shown; the one in use marked. */
export function configList(ctx: Context, flags: ConfigFlags): void {
  const { path, config } = loadConfig(ctx);
  const current = profileName(ctx, {}, config);
  const rows = Object.entries(config.profiles).map(([name, profile]) => {
    const row: Record<string, string | boolean> = { profile: name, current: name === current };
    for (const k of SETTING_KEYS) row[k.key] = shownValue(k, profile[k.prop]) ?? "";
    return row;
  });
  writeResult(ctx, rows, {
    cols: ["profile", "current", ...SETTING_KEYS.map((k) => k.key)],
    ...outputPlan(flags, "table"),
  });
  note(ctx, `config file: ${path}`);
  const overriding = SETTING_KEYS.filter((k) => k.env && ctx.env[k.env]).map((k) => k.env);
  if (overriding.length) note(ctx, `set in the environment, overriding every profile: ${overriding.join(", ")}`);
}

/** `config use <profile>`: the profile commands use when none is named. */
export function configUse(ctx: Context, name: string): void {
  const { path, config } = loadConfig(ctx);
  if (!Object.hasOwn(config.profiles, name)) {
    const known = Object.keys(config.profiles).join(", ") || "(none yet)";
    throw usageError(
      `no profile "${name}" in ${path}`,
      `known: ${known}; create one with \`topkit config set app-key <key> --profile ${name}\``,
    );
  }
  config.current = name;
  writeConfig(path, config);
  note(ctx, `now using profile "${name}"`);
}

/** `config path`: where the file is. */
export function configPath(ctx: Context): void {
  ctx.out(`${loadConfig(ctx).path}\n`);
}
