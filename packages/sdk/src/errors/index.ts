export { ApiRuleError } from "./api-rule-error.js";
export { bodyExcerpt } from "./excerpt.js";
export { type LimitReason, TopLimitStoreError, TopLimitWaitError } from "./limit-errors.js";
export { TopResponseTooLargeError } from "./response-too-large-error.js";
export { TopResponseValueError } from "./response-value-error.js";
export { TopAbortError } from "./top-abort-error.js";
export { TopApiError, type TopApiErrorFields } from "./top-api-error.js";
export { TopError } from "./top-error.js";
export { TopConnectionError, TopHttpError, TopParseError, TopTimeoutError } from "./transport-errors.js";
