import type { FieldSpec } from "./spec.js";
import { toJsonSafe } from "./to-json-safe.js";

/**
 * Base of every generated response class (Java's `TaobaoResponse`). On an `error_response` the
 * error fields are set and `isSuccess()` is false; on success the subclass's properties hold the result.
 */
export class TopResponse {
  static readonly $fields: readonly FieldSpec[] = [];
  /** `code` of an `error_response` (as text, like Java's `getErrorCode()`). */
  declare errorCode?: string;
  declare msg?: string;
  declare subCode?: string;
  declare subMsg?: string;
  declare requestId?: string;
  #body = "";

  /** The raw response body as received. */
  getBody(): string {
    return this.#body;
  }

  /** Sets the raw body; called by the client that built this response. */
  setBody(body: string): void {
    this.#body = body;
  }

  /** True when TOP returned no error (no `code` and no `sub_code`), as in the Java SDK. */
  isSuccess(): boolean {
    return this.errorCode === undefined && this.subCode === undefined;
  }

  getErrorCode(): string | undefined {
    return this.errorCode;
  }

  getMsg(): string | undefined {
    return this.msg;
  }

  getSubCode(): string | undefined {
    return this.subCode;
  }

  getSubMsg(): string | undefined {
    return this.subMsg;
  }

  getRequestId(): string | undefined {
    return this.requestId;
  }

  /** JSON-safe copy of the typed result and error fields: 64-bit values as strings, dates as GMT+8 text. */
  toJSON(): Record<string, unknown> {
    return toJsonSafe({ ...this }) as Record<string, unknown>;
  }
}
