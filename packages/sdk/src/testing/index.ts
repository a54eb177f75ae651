/**
 * Test helpers for TOP integrations (`@topkit/sdk/testing`): a local gateway that behaves like TOP's
 * router/rest for the SDK's APIs, so integrations can be tested offline without production keys.
 */
export type { FaultScope, GatewayFault } from "./faults.js";
export type { ReceivedFile } from "./incoming.js";
export { createLocalGateway } from "./local-gateway.js";
export { createLocalTmc } from "./local-tmc.js";
export type { LocalTmc, LocalTmcOptions, LocalTmcStats, PublishOptions } from "./local-tmc-types.js";
export type { BodyLimits } from "./multipart.js";
export type { PublishRequest } from "./publish-local-tmc.js";
export { publishToLocalTmc } from "./publish-local-tmc.js";
export type { AnswerForm } from "./render.js";
export type { GatewayAnswer, GatewayRequest, LocalGateway, LocalGatewayOptions } from "./types.js";
