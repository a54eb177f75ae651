import { createRequire } from "node:module";

/** The package version, read from package.json so that it never drifts from what was published. */
export const version: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
