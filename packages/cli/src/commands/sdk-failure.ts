import {
  ApiRuleError,
  TopAbortError,
  TopApiError,
  TopConnectionError,
  TopError,
  TopHttpError,
  TopParseError,
  TopResponseTooLargeError,
  TopResponseValueError,
  TopTimeoutError,
} from "@topkit/sdk";
import { CliError, EXIT } from "../cli-error.js";

type Details = [string, string][];

/** The error_response fields, in TOP's own names, for the lines under the message. */
function apiErrorDetails(e: TopApiError): Details {
  const rows: [string, string | undefined][] = [
    ["code", e.code],
    ["msg", e.msg],
    ["sub_code", e.subCode],
    ["sub_msg", e.subMsg],
    ["request_id", e.requestId],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined);
}

/**
 * An SDK error as the CLI reports it, with its exit code: 1 for TOP's error_response, 2 for a request
 * that breaks the API's rules (the SDK's check, before sending), 3 when no answer came, 130 when
 * interrupted. Undefined for errors that are not the SDK's (bugs, reported as such).
 */
export function sdkFailure(error: unknown, method: string): CliError | undefined {
  if (error instanceof ApiRuleError) {
    return new CliError(EXIT.usage, error.message, {
      hint: `nothing was sent; see the params with \`topkit describe ${method}\``,
    });
  }
  if (error instanceof TopApiError) {
    return new CliError(EXIT.api, `TOP answered with error ${error.code}: ${error.msg ?? "(no message)"}`, {
      details: apiErrorDetails(error),
    });
  }
  if (error instanceof TopTimeoutError) {
    return new CliError(EXIT.transport, error.message, { hint: "raise --timeout, or check the endpoint" });
  }
  if (error instanceof TopConnectionError) {
    return new CliError(EXIT.transport, error.message, {
      hint: "check --endpoint / TOP_ENDPOINT and the network (a proxy is taken from HTTPS_PROXY)",
    });
  }
  if (error instanceof TopResponseValueError) {
    return new CliError(EXIT.transport, error.message, {
      hint: "TOP answered this API, so the call may have taken effect; the value does not fit the API's doc",
    });
  }
  if (error instanceof TopResponseTooLargeError) {
    return new CliError(EXIT.transport, error.message, { hint: "ask for fewer fields or a smaller page" });
  }
  if (error instanceof TopHttpError || error instanceof TopParseError) {
    return new CliError(EXIT.transport, error.message, { hint: "is the endpoint a TOP router/rest URL?" });
  }
  if (error instanceof TopAbortError) return new CliError(EXIT.interrupted, "interrupted; the call was abandoned");
  if (error instanceof TopError) return new CliError(EXIT.usage, error.message);
  return undefined;
}
