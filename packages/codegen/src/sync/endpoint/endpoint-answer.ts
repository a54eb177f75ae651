import type { HttpAnswer } from "../http/http-client.js";

/** The doc site answered, but not with what was asked (refused, not JSON, wrong shape). */
export class EndpointError extends Error {
  override name = "EndpointError";
}

/** The site said `success: false`: for a doc, most often a stale `_tb_token_` (页面已过期) or an unknown docId. */
export class EndpointRefusal extends EndpointError {
  override name = "EndpointRefusal";
}

/** An excerpt of a body for messages: one line, at most 80 characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

/**
 * The `{success, data}` answer of the doc endpoints, checked: HTTP 200, JSON, `success: true`.
 * A refusal carries the site's own words (`errorMsg`, `message` or `code`), e.g. 页面已过期 for a stale token.
 */
export function successData(answer: HttpAnswer, what: string): unknown {
  if (answer.status !== 200) throw new EndpointError(`${what}: HTTP ${answer.status} (${excerpt(answer.text)})`);
  let value: unknown;
  try {
    value = JSON.parse(answer.text);
  } catch {
    const type = String(answer.headers["content-type"] ?? "no content type");
    throw new EndpointError(`${what}: the answer is not JSON (${type}: ${excerpt(answer.text)})`);
  }
  const v = (value ?? {}) as Record<string, unknown>;
  if (v.success !== true) {
    const said = [v.errorMsg, v.message, v.msg, v.errorCode, v.code].find((x) => typeof x === "string" && x !== "");
    throw new EndpointRefusal(
      `${what}: refused (success: ${String(v.success)}${said ? `, "${excerpt(String(said))}"` : ""})`,
    );
  }
  if (typeof v.data !== "object" || v.data === null) throw new EndpointError(`${what}: the answer holds no data`);
  return v.data;
}
