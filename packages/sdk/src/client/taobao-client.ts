import type { TopRequest } from "../runtime/request.js";
import type { TopResponse } from "../runtime/response.js";
import type { ExecuteOptions } from "./options.js";

/** What a TOP client does (Java's `TaobaoClient`): run a generated request, or any method by name. */
export interface TaobaoClient {
  /**
   * Checks, signs and sends `request`, and resolves with its typed response. On an `error_response`
   * the response's `isSuccess()` is false (or, with `throwOnApiError`, the promise rejects with TopApiError).
   */
  execute<R extends TopResponse>(request: TopRequest<R>, session?: string, options?: ExecuteOptions): Promise<R>;
  /**
   * Calls an API that has no generated class; resolves with the parsed body (integers beyond 2^53 as
   * bigint, other numbers as number; XML values as text).
   */
  call(
    method: string,
    params?: Readonly<Record<string, unknown>>,
    session?: string,
    options?: ExecuteOptions,
  ): Promise<Record<string, unknown>>;
}
