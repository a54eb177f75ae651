export * from "./errors/index.js";
export * from "./generated/index.js";
export * from "./runtime/index.js";
