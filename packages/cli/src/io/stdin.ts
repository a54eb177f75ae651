import { usageError } from "../cli-error.js";

/**
 * A reader of all of stdin that refuses a second use: `@-` can stand for one value only, since
 * stdin cannot be read twice.
 */
export function stdinOnce(stream: NodeJS.ReadableStream): () => Promise<Buffer> {
  let used = false;
  return async () => {
    if (used) throw usageError("stdin (@-) can be read only once per command", "put the other values in files (@file)");
    used = true;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  };
}
