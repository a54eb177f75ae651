export { RedisLimitStore, type RedisLimitStoreOptions } from "./redis-store.js";
