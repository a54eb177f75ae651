/**
 * TOP's flow control, in TOP's own words: code 7 ("App Call Limited") with a sub-code naming what was
 * exceeded and a sub_msg naming how long the ban lasts. The local gateway writes these answers and the
 * client reads them, both from here, so the two cannot drift apart.
 */

/** The platform error code of a refused call while an app (or one of its APIs) is over its limit. */
export const CALL_LIMITED_CODE = 7;

/** Sub-codes TOP sends with code 7: the app's calls overall, or one API's calls, went over the limit. */
export const LIMIT_SUB_CODES = Object.freeze({
  app: "accesscontrol.limited-by-app-access-count",
  api: "accesscontrol.limited-by-api-access-count",
});

/** What a code-7 ban covers: all the app's calls, or only the API that went over. */
export type BanScope = keyof typeof LIMIT_SUB_CODES;

/** TOP's sub_msg for a ban that has `seconds` left. */
export const banSubMsg = (seconds: number): string => `This ban will last for ${seconds} more seconds`;

/** Seconds a code-7 ban lasts, from its sub_msg ("This ban will last for 71 more seconds"). */
export function banSeconds(subMsg: string | undefined): number | undefined {
  const m = subMsg && /(\d+)\s*(?:more\s+)?(?:seconds?|秒)/i.exec(subMsg);
  return m ? Number(m[1]) : undefined;
}

/**
 * The scope of a code-7 ban from its sub-code: an `…api…` sub-code bans only that API; anything else
 * (the app's sub-code, a sub-code TOP added later, or none) is taken as the whole app, the safe reading.
 */
export function banScopeOf(subCode: string | undefined): BanScope {
  return subCode === LIMIT_SUB_CODES.api || /limited-by-api/.test(subCode ?? "") ? "api" : "app";
}
