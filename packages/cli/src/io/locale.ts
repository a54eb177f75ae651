/** A help text in both languages `topkit` speaks. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/**
 * True when help should be Chinese: the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order)
 * starts with `zh` (zh_CN.UTF-8, zh_TW, zh-Hans…).
 */
export function prefersChinese(env: NodeJS.ProcessEnv): boolean {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(tag);
}
