import { TopError } from "./top-error.js";

/** The caller's AbortSignal fired; `cause` holds the signal's reason. */
export class TopAbortError extends TopError {
  override name = "TopAbortError";
}
