// Reads the gateway's answer the way a foreign client would: no topkit parser, just the body's shape.
import type { WireAnswer } from "../../../../../test-support/java-wire.js";

/** The error_response code of a JSON or XML answer, or "ok" for a success body. */
export function answerCode(answer: WireAnswer): number | "ok" {
  if (answer.text.startsWith("<")) {
    const m = /<error_response><code>(\d+)<\/code>/.exec(answer.text);
    return m ? Number(m[1]) : "ok";
  }
  const body = JSON.parse(answer.text) as { error_response?: { code: number } };
  return body.error_response ? body.error_response.code : "ok";
}

/** The sub_msg of an error answer (JSON or XML), or undefined. */
export function answerSubMsg(answer: WireAnswer): string | undefined {
  if (answer.text.startsWith("<")) return /<sub_msg>([^<]*)<\/sub_msg>/.exec(answer.text)?.[1];
  return (JSON.parse(answer.text) as { error_response?: { sub_msg?: string } }).error_response?.sub_msg;
}
