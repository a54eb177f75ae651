import type { JavaNames } from "@topkit/sdk/ir";
import { requestClassName, responseClassName, responseKey } from "../names/index.js";

export function javaNamesOf(method: string): JavaNames {
  return { request: requestClassName(method), response: responseClassName(method), responseKey: responseKey(method) };
}
