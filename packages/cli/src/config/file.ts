import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { usageError } from "../cli-error.js";
import { PROFILE_NAME, PROFILE_PROPS, type Profile } from "./keys.js";

/** The config file's content: the profile in use and every profile by name. */
export interface ConfigFile {
  current?: string;
  profiles: Record<string, Profile>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the parsed file and returns it typed; every problem names the file and the key. */
function validConfig(path: string, value: unknown): ConfigFile {
  const bad = (where: string, what: string) =>
    usageError(`config file ${path}: ${where} ${what}`, "fix or delete the file; `topkit config set` rewrites it");
  if (!isObject(value)) throw bad("the file", "is not a JSON object");
  for (const key of Object.keys(value)) if (key !== "current" && key !== "profiles") throw bad(key, "is not known");
  if (value.current !== undefined && typeof value.current !== "string") throw bad("current", "must be text");
  const profiles = value.profiles ?? {};
  if (!isObject(profiles)) throw bad("profiles", "must be an object");
  const out: ConfigFile = { profiles: {} };
  if (typeof value.current === "string") out.current = value.current;
  for (const [name, profile] of Object.entries(profiles)) {
    if (!PROFILE_NAME.test(name)) throw bad(`profiles.${name}`, "is not a valid profile name");
    if (!isObject(profile)) throw bad(`profiles.${name}`, "must be an object");
    for (const [prop, v] of Object.entries(profile)) {
      if (!(PROFILE_PROPS as readonly string[]).includes(prop)) {
        throw bad(`profiles.${name}.${prop}`, `is not a setting (known: ${PROFILE_PROPS.join(", ")})`);
      }
      if (typeof v !== "string") throw bad(`profiles.${name}.${prop}`, "must be text");
    }
    out.profiles[name] = profile as Profile;
  }
  return out;
}

/** The config file, or an empty config when there is none yet. `looseMode` is set when others can read it. */
export function readConfig(path: string): { config: ConfigFile; looseMode?: number } {
  if (!existsSync(path)) return { config: { profiles: {} } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw usageError(`config file ${path} is not valid JSON (${(e as Error).message})`, "fix or delete the file");
  }
  const config = validConfig(path, parsed);
  const mode = statSync(path).mode & 0o777;
  return (mode & 0o077) === 0 ? { config } : { config, looseMode: mode };
}

/**
 * Writes the config atomically (temp file, then rename) with mode 0600 in a 0700 folder: it holds
 * the app secret, so no other user may read it, and a crash never leaves it half-written.
 */
export function writeConfig(path: string, config: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
