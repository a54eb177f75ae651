import type { ApiIr } from "../ir/schema.js";
import type { FaultScope, GatewayFault } from "./faults.js";
import type { ReceivedFile } from "./incoming.js";
import type { BodyLimits } from "./multipart.js";
import type { AnswerForm } from "./render.js";

export interface LocalGatewayOptions {
  /** The one app the gateway knows; calls signed for another get code 29 or 25. */
  readonly appKey: string;
  /** Checks signatures; never shown in `requests`, answers or errors. */
  readonly appSecret: string;
  /** IRs of more APIs to serve besides the SDK's own (one for an API the SDK has replaces it). */
  readonly apis?: readonly ApiIr[];
  /** Port on 127.0.0.1; default 0, a free one. */
  readonly port?: number;
  /** Session keys to accept (any other gets code 27); default any non-blank session. */
  readonly sessions?: readonly string[];
  /** How many of the latest requests `requests` keeps; default 1000. */
  readonly keepRequests?: number;
  /** The gateway's clock in epoch ms, for testing the ±10 minute timestamp check; default `Date.now`. */
  readonly clock?: () => number;
  /** How much of a request body it reads (whole body, multipart parts, file and text part sizes); past it, code 3. */
  readonly bodyLimits?: Partial<BodyLimits>;
}

/** What the gateway answered one request with. */
export interface GatewayAnswer {
  /** HTTP status; 0 when the connection was reset without an answer. */
  readonly status: number;
  readonly form: AnswerForm;
  /** The `error_response` code, when the answer was one. */
  readonly code?: number;
  readonly subCode?: string;
  /** Kinds of the injected faults that shaped the answer, in the order they were injected. */
  readonly faults: readonly GatewayFault["kind"][];
}

/** One request as the gateway received it (for assertions in tests). */
export interface GatewayRequest {
  /** Arrival, epoch ms by the gateway's clock. */
  readonly at: number;
  readonly httpMethod: string;
  /** The `method` param, when there was one. */
  readonly apiMethod: string | undefined;
  /** Every text param, query and body; `session` and `sign` show only their first 4 characters. */
  readonly params: Readonly<Record<string, string>>;
  /** File parts by param name (files are never signed). */
  readonly files: Readonly<Record<string, ReceivedFile>>;
  readonly bodyType: "none" | "form" | "multipart" | "other";
  readonly answer: GatewayAnswer;
}

/** A local TOP gateway: a real HTTP server on 127.0.0.1 behaving like router/rest for the SDK's APIs. */
export interface LocalGateway {
  /** `http://127.0.0.1:<port>/router/rest`, to pass as the client's serverUrl. */
  readonly url: string;
  /** The latest requests, oldest first (at most `keepRequests`). */
  readonly requests: readonly GatewayRequest[];
  /** Makes the gateway misbehave on matching calls (all, or one API's; every time, or `times` times). */
  inject(fault: GatewayFault, scope?: FaultScope): void;
  /** Ends every injected fault and running ban. */
  clearFaults(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}
