import { usageError } from "../cli-error.js";

/** `path=value` from a `--set`, split at the first `=` (values may hold more). */
export function splitSetPair(pair: string): { path: string; raw: string } {
  const eq = pair.indexOf("=");
  if (eq <= 0) {
    throw usageError(`--set "${pair}": expected path=value`, "e.g. --set req.type=1 --set req.data=@data.json");
  }
  return { path: pair.slice(0, eq).trim(), raw: pair.slice(eq + 1) };
}
