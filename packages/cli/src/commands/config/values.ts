import { assertSignMethod, maskSessionKey } from "@topkit/sdk";
import { usageError } from "../../cli-error.js";
import { endpointUrl } from "../../config/endpoint.js";
import { SECRET_SHOWN, SETTING_KEYS, type SettingKey } from "../../config/keys.js";

/** The setting named on the command line, or a usage error listing the known ones. */
export function settingKey(key: string): SettingKey {
  const found = SETTING_KEYS.find((k) => k.key === key);
  if (!found) throw usageError(`unknown setting "${key}"`, `use one of: ${SETTING_KEYS.map((k) => k.key).join(", ")}`);
  return found;
}

/** Checks a value before it is saved, so a typo fails now rather than at the next call. */
export function checkedValue(key: SettingKey, value: string): string {
  const v = value.trim();
  if (v === "") throw usageError(`${key.key}: the value is empty`, `remove it with \`topkit config unset ${key.key}\``);
  if (key.prop === "endpoint") endpointUrl(v, "endpoint");
  if (key.prop === "signMethod") {
    try {
      assertSignMethod(v);
    } catch (e) {
      throw usageError(`sign-method: ${(e as Error).message}`);
    }
  }
  if (key.prop === "appKey" && /\s/.test(v)) throw usageError("app-key: an app key holds no spaces");
  return v;
}

/** A value as `config get/list` may show it: the secret never, a session by its first 4 characters. */
export function shownValue(key: SettingKey, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (key.shown === "secret") return SECRET_SHOWN;
  if (key.shown === "session") return maskSessionKey(value);
  return value;
}
