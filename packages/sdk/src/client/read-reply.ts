import { bodyExcerpt, TopParseError } from "../errors/index.js";
import { openEnvelope } from "../protocol/envelope.js";
import { parseBody } from "../protocol/parse-body.js";

/** A parsed answer: the whole tree (for `call()`), the envelope's content (for typed responses) and the body. */
export interface Reply {
  readonly body: string;
  readonly tree: unknown;
  readonly content: Record<string, unknown>;
  readonly isError: boolean;
}

/** Parses and opens a 2xx body; a body that is neither JSON nor XML, or holds no object, is a TopParseError. */
export async function readReply(body: string, simplify: boolean, where: string): Promise<Reply> {
  let tree: unknown;
  try {
    tree = await parseBody(body);
  } catch (error) {
    throw new TopParseError(
      `the answer from ${where} is not JSON or XML (${(error as Error).message})`,
      bodyExcerpt(body),
      {
        cause: error,
      },
    );
  }
  const envelope = openEnvelope(tree, simplify);
  if (!envelope) throw new TopParseError(`the answer from ${where} holds no response object`, bodyExcerpt(body));
  return { body, tree, content: envelope.content, isError: envelope.isError };
}
