import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gatewayApis } from "./catalogue.js";
import { banError, faultPlan } from "./fault-plan.js";
import { FaultBook } from "./faults.js";
import { FlowControl } from "./flow-control.js";
import { readIncoming } from "./incoming.js";
import { bodyLimits } from "./multipart.js";
import { RequestLog } from "./request-log.js";
import { answerForm, RouterRest } from "./router-rest.js";
import { htmlErrorPage, sendAnswer, statusToSend } from "./send-answer.js";
import type { LocalGateway, LocalGatewayOptions } from "./types.js";
import { Waits } from "./waits.js";

function checkedOptions(o: LocalGatewayOptions): void {
  for (const name of ["appKey", "appSecret"] as const) {
    if (typeof o?.[name] !== "string" || o[name].trim() === "")
      throw new TypeError(`createLocalGateway: ${name} is empty`);
  }
  if (o.keepRequests !== undefined && !(Number.isInteger(o.keepRequests) && o.keepRequests >= 0)) {
    throw new TypeError(`createLocalGateway: keepRequests must be a whole number, 0 or more, got ${o.keepRequests}`);
  }
}

/**
 * Starts a local TOP gateway on 127.0.0.1: router/rest for the SDK's generated APIs (and `apis`), with
 * TOP's checks and codes, answers built from each API's doc, and injectable faults.
 *
 * @example
 * ```ts
 * const gateway = await createLocalGateway({ appKey: "12345678", appSecret: "test-secret" });
 * const client = new DefaultTaobaoClient(gateway.url, "12345678", "test-secret");
 * const rsp = await client.execute(req, "session-key");
 * await gateway.close();
 * ```
 */
export async function createLocalGateway(options: LocalGatewayOptions): Promise<LocalGateway> {
  checkedOptions(options);
  const router = new RouterRest(gatewayApis(options.apis), {
    appKey: options.appKey,
    appSecret: options.appSecret,
    sessions: options.sessions && new Set(options.sessions),
  });
  const clock = options.clock ?? Date.now;
  const limits = bodyLimits(options.bodyLimits);
  const faults = new FaultBook();
  const waits = new Waits();
  const log = new RequestLog(options.keepRequests ?? 1000);
  const flow = options.limits && new FlowControl(options.limits);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const incoming = await readIncoming(req, limits);
    if (incoming.path !== "/router/rest") {
      res.writeHead(404, { "content-type": "text/html" }).end(htmlErrorPage(404));
      return;
    }
    const now = clock();
    const { params } = incoming;
    const form = answerForm(params);
    const banLeft = faults.banLeft(params.method, now);
    const hit = banLeft === undefined ? faults.take(params.method, now) : [];
    const plan = faultPlan(hit);
    const error =
      banLeft !== undefined
        ? banError(banLeft)
        : (plan.error ?? flow?.check(params.method, now) ?? router.check(incoming, now));
    const body = router.body(params.method, form, error);
    const answer = {
      form,
      faults: hit.map((f) => f.kind),
      ...(error && { code: error.code }),
      ...(error?.subCode !== undefined && { subCode: error.subCode }),
    };
    if (plan.delayMs > 0) await waits.wait(plan.delayMs);
    // Recorded before the answer is written, so a test that has its answer also finds its record.
    log.add(incoming, now, { ...answer, status: statusToSend(plan, res) });
    sendAnswer(req, res, plan, form, body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A fault in the gateway itself (or a body it cannot read): say so plainly rather than hang the client.
      if (res.headersSent || res.destroyed) return;
      res
        .writeHead(400, { "content-type": "text/plain;charset=UTF-8" })
        .end(`local gateway: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/router/rest`,
    requests: log.entries,
    inject: (fault, scope) => faults.add(fault, scope),
    clearFaults: () => faults.clear(),
    close: () => {
      waits.cancelAll();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
