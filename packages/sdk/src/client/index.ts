export { DefaultTaobaoClient } from "./default-taobao-client.js";
export {
  type ClientHooks,
  type ExecuteOptions,
  type RedactedRequest,
  type ResponseInfo,
  type RetryOptions,
  TOP_ENDPOINTS,
  type TaobaoClientOptions,
  type TimeoutOptions,
} from "./options.js";
export { banSeconds, isSafeToResend } from "./retry.js";
export type { TaobaoClient } from "./taobao-client.js";
