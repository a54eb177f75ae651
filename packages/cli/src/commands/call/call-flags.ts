import type { ConnectionFlags } from "../../config/settings.js";
import type { OutputFlags } from "../output-flags.js";

/** `topkit call`'s options as commander parses them. */
export interface CallFlags extends ConnectionFlags, OutputFlags {
  set?: string[];
  json?: string;
  format?: "json" | "xml";
  simplify?: boolean;
  timeout?: string;
  retries?: string;
  dryRun?: boolean;
  verbose?: boolean;
}
