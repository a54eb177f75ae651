import { afterAll, afterEach, beforeAll } from "vitest";
import { DefaultTaobaoClient, type TaobaoClientOptions } from "../../../src/client/index.js";
import { responseKey } from "../../../src/protocol/index.js";
import { type Handler, type RecordingServer, startServer } from "./recording-server.js";

/** A secret distinctive enough that finding it anywhere means it leaked. */
export const SECRET = "s3cr3t-Do-Not-Leak-7f9c2e";
export const APP_KEY = "12345678";

/** A success with no fields for whatever API was called: `{"<method>_response":{"request_id":"r"}}`. */
export const answerOk: Handler = (r) => ({
  body: JSON.stringify({ [responseKey(r.query.method ?? "")]: { request_id: "r" } }),
});

/**
 * One recording server per test file whose answers each test sets with `answer(...)`, and clients that
 * are closed after each test. Retries default to 0 here so each test states the policy it relies on.
 */
export function useServer() {
  let handler: Handler = answerOk;
  let server: RecordingServer;
  const clients: DefaultTaobaoClient[] = [];
  beforeAll(async () => {
    server = await startServer((r, i) => handler(r, i));
  });
  afterAll(() => server.close());
  afterEach(async () => {
    server.received.length = 0;
    handler = answerOk;
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  return {
    get url() {
      return server.url;
    },
    get received() {
      return server.received;
    },
    answer(next: Handler) {
      handler = next;
    },
    client(options: TaobaoClientOptions = {}, who: { url?: string; appKey?: string; secret?: string } = {}) {
      const { url = server.url, appKey = APP_KEY, secret = SECRET } = who;
      const client = new DefaultTaobaoClient(url, appKey, secret, { retries: 0, ...options });
      clients.push(client);
      return client;
    },
  };
}
