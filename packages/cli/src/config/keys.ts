/** What a profile can hold, by the property name in the config file. */
export interface Profile {
  appKey?: string;
  appSecret?: string;
  session?: string;
  endpoint?: string;
  signMethod?: string;
}

export type ProfileProp = keyof Profile;

/** A setting as `topkit config` names it, where it lives in a profile, and how it may be shown. */
export interface SettingKey {
  readonly key: string;
  readonly prop: ProfileProp;
  /** The environment variable that overrides the profile. */
  readonly env?: string;
  /** `secret`: never shown; `session`: only its first 4 characters; `plain`: as is. */
  readonly shown: "secret" | "session" | "plain";
}

export const SETTING_KEYS: readonly SettingKey[] = [
  { key: "app-key", prop: "appKey", env: "TOP_APP_KEY", shown: "plain" },
  { key: "app-secret", prop: "appSecret", env: "TOP_APP_SECRET", shown: "secret" },
  { key: "session", prop: "session", env: "TOP_SESSION", shown: "session" },
  { key: "endpoint", prop: "endpoint", env: "TOP_ENDPOINT", shown: "plain" },
  { key: "sign-method", prop: "signMethod", shown: "plain" },
];

export const PROFILE_PROPS: readonly ProfileProp[] = SETTING_KEYS.map((k) => k.prop);

/** What stands for a secret wherever a setting is shown. */
export const SECRET_SHOWN = "<set>";

/** Profile names: letters, digits, `_ . -`, not starting with `_` or `.` (no `__proto__` games). */
export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
