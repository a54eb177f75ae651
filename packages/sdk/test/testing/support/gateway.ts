import { afterAll, afterEach, beforeAll } from "vitest";
import { DefaultTaobaoClient, type TaobaoClientOptions } from "../../../src/client/index.js";
import { createLocalGateway, type LocalGateway, type LocalGatewayOptions } from "../../../src/testing/index.js";
import { limitsIr, tradeIr, uploadIr } from "./irs.js";
import { APP_KEY, SECRET } from "./raw-call.js";

/**
 * One gateway per test file (the SDK's APIs plus the hand-written IRs), faults cleared after each test,
 * and clients closed after each test. Retries default to 0 so each test states the policy it relies on.
 */
export function useGateway(options: Partial<LocalGatewayOptions> = {}) {
  let gateway: LocalGateway;
  const clients: DefaultTaobaoClient[] = [];
  beforeAll(async () => {
    gateway = await createLocalGateway({
      appKey: APP_KEY,
      appSecret: SECRET,
      apis: [limitsIr, tradeIr(), uploadIr],
      ...options,
    });
  });
  afterAll(() => gateway.close());
  afterEach(async () => {
    gateway.clearFaults();
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  return {
    get gateway() {
      return gateway;
    },
    get url() {
      return gateway.url;
    },
    /** The newest request the gateway recorded. */
    get last() {
      return gateway.requests.at(-1)!;
    },
    client(options: TaobaoClientOptions = {}, secret = SECRET) {
      const client = new DefaultTaobaoClient(gateway.url, APP_KEY, secret, { retries: 0, ...options });
      clients.push(client);
      return client;
    },
  };
}
