export * from "./client/index.js";
export * from "./errors/index.js";
export * from "./protocol/index.js";
export * from "./runtime/index.js";
