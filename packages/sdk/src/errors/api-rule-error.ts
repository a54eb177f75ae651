import { TopError } from "./top-error.js";

/**
 * A request broke a rule from the API's doc before anything was sent (Java's `ApiRuleException`):
 * code `"40"` when a required parameter is missing, `"41"` when a value breaks a type or limit.
 */
export class ApiRuleError extends TopError {
  override name = "ApiRuleError";

  constructor(
    /** `"40"` missing required argument, `"41"` invalid argument (as TOP's own codes). */
    readonly errorCode: "40" | "41",
    /** Wire path of the parameter, e.g. `req.data` or `items[2].sku_id`. */
    readonly param: string,
    /** What was expected, e.g. `required` or `at most 64 characters`. */
    readonly reason: string,
  ) {
    super(`${param}: ${reason} (${errorCode})`);
  }
}
