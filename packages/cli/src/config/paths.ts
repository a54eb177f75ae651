import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/**
 * The config file: `$XDG_CONFIG_HOME/topkit/config.json`, or `~/.config/topkit/config.json` when
 * XDG_CONFIG_HOME is unset or not absolute (the XDG spec says to ignore a relative one).
 */
export function configFilePath(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), ".config");
  return join(base, "topkit", "config.json");
}
