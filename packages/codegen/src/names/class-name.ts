import { isIdentifier, toIdentifier, upperFirst } from "./identifier.js";

/** Method segments as the Java SDK splits them: on `.` and `_`, with a leading `taobao` dropped. */
function methodSegments(method: string): string[] {
  const segments = method.split(/[._]/).filter((s) => s !== "");
  return segments[0] === "taobao" ? segments.slice(1) : segments;
}

/**
 * The Java SDK's class stem for a method: each segment's first letter capitalised, the rest unchanged
 * (`taobao.vas.service.getServTimes` -> `VasServiceGetServTimes`). A method that yields no identifier
 * (`account.aliyuncs.com.GetPubKey.2013-07-01`) is made one by `toIdentifier`.
 */
export function classStem(method: string): string {
  const stem = methodSegments(method).map(upperFirst).join("");
  return isIdentifier(stem) ? stem : upperFirst(toIdentifier(stem));
}

export function requestClassName(method: string): string {
  return `${classStem(method)}Request`;
}

export function responseClassName(method: string): string {
  return `${classStem(method)}Response`;
}

/** `taobao.trade.fullinfo.get` -> `trade_fullinfo_get_response`: the SDK's rule, which its client checks answers by. */
export { responseKey } from "@topkit/sdk/ir";

/** True when the method name itself needed repair to give a class name (listed by the catalogue test). */
export function isRepairedMethodName(method: string): boolean {
  return !isIdentifier(methodSegments(method).map(upperFirst).join(""));
}
