import { bodyExcerpt, TopParseError, TopTimeoutError } from "../errors/index.js";
import { openEnvelope } from "../protocol/envelope.js";
import { parseBody } from "../protocol/parse-body.js";
import type { Deadline } from "./deadline.js";
import type { HttpReply } from "./transport.js";

/** A parsed answer: the whole tree (for `call()`), the envelope's content (for typed responses) and the body. */
export interface Reply {
  readonly body: string;
  readonly tree: unknown;
  readonly content: Record<string, unknown>;
  readonly isError: boolean;
}

/** What the call was, for reading its answer. */
export interface ReplyContext {
  readonly apiMethod: string;
  readonly simplify: boolean;
  readonly deadline: Deadline;
}

/** The TopParseError for a 2xx answer that is not the API's: what was wrong, the content type and an excerpt. */
function notTheAnswer(http: HttpReply, where: string, problem: string, cause?: unknown): TopParseError {
  const type = http.contentType === "" ? "no content-type" : `content-type ${http.contentType}`;
  return new TopParseError(
    `the HTTP ${http.status} answer from ${where} is not a TOP response (${problem}; ${type})`,
    bodyExcerpt(http.body),
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Parses and opens a 2xx body within the attempt's deadline. A body that is neither JSON nor XML, or
 * that is not this API's own envelope or an `error_response` (an HTML page, `{}`, another API's
 * answer), is a TopParseError: it is never read as an empty success.
 */
export async function readReply(http: HttpReply, x: ReplyContext): Promise<Reply> {
  const where = x.deadline.where;
  let tree: unknown;
  try {
    x.deadline.check();
    tree = await parseBody(http.body, { checkpoint: x.deadline.check });
    x.deadline.check();
  } catch (error) {
    if (error instanceof TopTimeoutError) throw error;
    throw notTheAnswer(http, where, `not JSON or XML: ${(error as Error).message}`, error);
  }
  const envelope = openEnvelope(tree, x.apiMethod, x.simplify);
  if ("problem" in envelope) throw notTheAnswer(http, where, envelope.problem);
  return { body: http.body, tree, content: envelope.content, isError: envelope.isError };
}
