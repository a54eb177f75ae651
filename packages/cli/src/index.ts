// The programmatic face of the `topkit` bin: run it with your own argv (tests, wrappers) or read its version.
export { main } from "./main.js";
export { version } from "./version.js";
