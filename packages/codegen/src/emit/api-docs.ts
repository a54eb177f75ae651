import { type ApiIr, tsExample } from "@topkit/sdk/ir";
import { commentSafe } from "./doc-text.js";

function docUrl(ir: ApiIr): string | undefined {
  return ir.docId ? `https://open.taobao.com/api.htm?docId=${ir.docId}&docType=2` : ir.source.url;
}

/**
 * The request class's JSDoc: the doc's text made comment-safe, then the tags this generator writes. Doc text
 * is escaped on its own, so a `@example` line in a description stays text and never becomes a tag.
 */
export function requestDocs(ir: ApiIr): string {
  const lines = [`${ir.title || ir.method} (\`${ir.method}\`)`];
  if (ir.description && ir.description !== ir.title) lines.push("", ir.description);
  if (ir.category) lines.push("", `Category: ${ir.category}.`);
  lines.push(
    "",
    ir.needsSession
      ? "Needs a user session: `client.execute(req, sessionKey)`."
      : "Needs no user session: `client.execute(req)`.",
  );
  const tags = ["@example", "```ts", commentSafe(tsExample(ir)), "```"];
  const url = docUrl(ir);
  if (url) tags.push(`@see ${commentSafe(url)}`);
  tags.push("@throws ApiRuleError (40/41) from `check()` when a required param is missing or breaks a limit.");
  return `${commentSafe(lines.join("\n"))}\n\n${tags.join("\n")}`;
}

export function responseDocs(ir: ApiIr): string {
  return commentSafe(
    `Response of \`${ir.method}\` (${ir.title || ir.method}). On an error_response, \`isSuccess()\` is false and \`errorCode\`, \`msg\`, \`subCode\`, \`subMsg\` say why.`,
  );
}
