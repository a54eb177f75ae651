import { TopError } from "./top-error.js";

export interface TopApiErrorFields {
  code: string;
  msg?: string | undefined;
  subCode?: string | undefined;
  subMsg?: string | undefined;
  requestId?: string | undefined;
}

/** TOP answered with an `error_response` (thrown only with `throwOnApiError: true`). */
export class TopApiError extends TopError {
  override name = "TopApiError";
  readonly code: string;
  readonly msg: string | undefined;
  readonly subCode: string | undefined;
  readonly subMsg: string | undefined;
  readonly requestId: string | undefined;

  constructor(fields: TopApiErrorFields) {
    const sub = fields.subCode ? ` [${fields.subCode}${fields.subMsg ? `: ${fields.subMsg}` : ""}]` : "";
    super(`TOP error ${fields.code}: ${fields.msg ?? "(no message)"}${sub}`);
    this.code = fields.code;
    this.msg = fields.msg;
    this.subCode = fields.subCode;
    this.subMsg = fields.subMsg;
    this.requestId = fields.requestId;
  }
}
