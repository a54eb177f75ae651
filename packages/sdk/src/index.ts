// The public surface of `@topkit/sdk`, listed name by name so that nothing internal leaks out with a barrel
// (test/client/public-api.test.ts pins it; the README's "Public API" says what each is for). The IR and the
// call-line helpers are in `@topkit/sdk/ir`, the local gateway in `@topkit/sdk/testing`.

// The client
export {
  banSeconds,
  type ClientHooks,
  DefaultTaobaoClient,
  type ExecuteOptions,
  isSafeToResend,
  type PreparedRequest,
  type PrepareOptions,
  type RedactedRequest,
  type ResponseInfo,
  type RetryOptions,
  type TaobaoClient,
  type TaobaoClientOptions,
  type TimeoutOptions,
  TOP_ENDPOINTS,
} from "./client/index.js";
// Errors: every one extends TopError
export {
  ApiRuleError,
  type LimitReason,
  TopAbortError,
  TopApiError,
  type TopApiErrorFields,
  TopConnectionError,
  TopError,
  TopHttpError,
  TopLimitStoreError,
  TopLimitWaitError,
  TopParseError,
  TopResponseTooLargeError,
  TopResponseValueError,
  TopTimeoutError,
} from "./errors/index.js";
// Call limits (the `limits` option; the Redis store is `@topkit/sdk/limits/redis`)
export {
  type BucketSpec,
  type LimitDecision,
  type LimitScope,
  type LimitStore,
  type LimitsOptions,
  MemoryLimitStore,
} from "./limits/index.js";
// The protocol, for signing and reading answers outside the client (the CLI's `sign`, gateways, proxies)
export {
  assertSignMethod,
  type CallIdentity,
  type Envelope,
  explainSignature,
  type LosslessJsonOptions,
  MAX_JSON_DEPTH,
  maskSessionKey,
  type NotAnEnvelope,
  openEnvelope,
  parseLosslessJson,
  type ResponseFormat,
  responseKey,
  SECRET_MASK,
  SIGN_METHODS,
  type SignableParams,
  type SignedParams,
  type SignMethod,
  SYSTEM_PARAM_NAMES,
  secretMasker,
  signParams,
  signTopRequest,
} from "./protocol/index.js";
// What generated classes are made of, and the values they hold
export {
  type Described,
  type FieldSpec,
  FileItem,
  type FileSource,
  formatPlainNumber,
  formatTopDate,
  type Init,
  losslessStringify,
  parseTopDate,
  plainValue,
  RawNumber,
  type RegistryEntry,
  type ResponseClass,
  type StructClass,
  type StructLike,
  structToWireTree,
  TopRequest,
  TopResponse,
  TopStruct,
} from "./runtime/index.js";
