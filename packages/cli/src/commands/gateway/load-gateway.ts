import type { createLocalGateway } from "@topkit/sdk/testing";

/** `createLocalGateway` from `@topkit/sdk/testing`, loaded only when `topkit gateway` runs. */
export async function loadGateway(): Promise<typeof createLocalGateway> {
  return (await import("@topkit/sdk/testing")).createLocalGateway;
}
