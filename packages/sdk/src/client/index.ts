export { DefaultTaobaoClient } from "./default-taobao-client.js";
export {
  type ClientHooks,
  type ExecuteOptions,
  type RedactedRequest,
  type ResponseInfo,
  type RetryOptions,
  type TaobaoClientOptions,
  type TimeoutOptions,
  TOP_ENDPOINTS,
} from "./options.js";
export type { PreparedRequest, PrepareOptions } from "./prepared.js";
export { banSeconds, isSafeToResend } from "./retry.js";
export type { TaobaoClient } from "./taobao-client.js";
