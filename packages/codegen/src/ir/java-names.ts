import type { JavaNames } from "@topkit/sdk/ir";
import { classStem, isRepairedMethodName, requestClassName, responseClassName, responseKey } from "../names/index.js";

export function javaNamesOf(method: string): JavaNames {
  return { request: requestClassName(method), response: responseClassName(method), responseKey: responseKey(method) };
}

/** A method whose name gives no Java identifier (`*.aliyuncs.com.*.2013-07-01`) says in the IR how it was named. */
export function methodNameWarnings(method: string): string[] {
  if (!isRepairedMethodName(method)) return [];
  return [`method: "${method}" gives no Java identifier; its classes are named ${classStem(method)}Request/Response`];
}
