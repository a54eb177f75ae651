import * as testing from "@topkit/sdk/testing";
import { startStubGateway } from "./stub-gateway.js";

/** The gateway as `@topkit/sdk/testing` documents it. */
export interface TestGateway {
  readonly url: string;
  readonly requests: readonly { apiMethod?: string; params: Readonly<Record<string, string>> }[];
  close(): Promise<void>;
}

export const APP_KEY = "20240501";
/** A secret distinctive enough that finding it anywhere in output is never a coincidence. */
export const APP_SECRET = "s3cr3t-Zq7YwX9v";

type Create = (o: { appKey: string; appSecret: string }) => Promise<TestGateway>;

/**
 * The SDK's local gateway (`createLocalGateway`). TEMPORARY: until feat/gateway reaches main, an SDK
 * without it gets a small stand-in; remove the fallback when merging main.
 */
export function startGateway(): Promise<TestGateway> {
  const create = (testing as { createLocalGateway?: Create }).createLocalGateway;
  return create ? create({ appKey: APP_KEY, appSecret: APP_SECRET }) : startStubGateway(APP_KEY, APP_SECRET);
}
