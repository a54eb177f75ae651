import { maskedParams } from "../client/redact.js";
import type { Incoming } from "./incoming.js";
import type { GatewayAnswer, GatewayRequest } from "./types.js";

/** The latest `keep` requests, oldest first, as `LocalGateway.requests` shows them (session and sign masked). */
export class RequestLog {
  readonly entries: GatewayRequest[] = [];

  constructor(private readonly keep: number) {}

  add(incoming: Incoming, at: number, answer: GatewayAnswer): void {
    if (this.keep === 0) return;
    this.entries.push({
      at,
      httpMethod: incoming.httpMethod,
      apiMethod: incoming.params.method,
      params: maskedParams(incoming.params),
      files: incoming.files,
      bodyType: incoming.bodyType,
      answer,
    });
    if (this.entries.length > this.keep) this.entries.splice(0, this.entries.length - this.keep);
  }
}
