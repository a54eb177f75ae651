import { createLocalGateway, type LocalGateway } from "@topkit/sdk/testing";

export type { LocalGateway as TestGateway };

export const APP_KEY = "20240501";
/** A secret distinctive enough that finding it anywhere in output is never a coincidence. */
export const APP_SECRET = "s3cr3t-Zq7YwX9v";

/** The SDK's local gateway on a free port, knowing the test app. */
export function startGateway(): Promise<LocalGateway> {
  return createLocalGateway({ appKey: APP_KEY, appSecret: APP_SECRET });
}
