export { MemoryLimitStore } from "./memory-store.js";
export type { BucketSpec, LimitDecision, LimitScope, LimitStore, LimitsOptions } from "./types.js";
