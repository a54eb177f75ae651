import { readFileSync } from "node:fs";
import { usageError } from "../cli-error.js";
import type { Context } from "../io/context.js";

/** One final line break, as editors add it and `echo` prints it; the value itself does not hold it. */
const withoutFinalNewline = (text: string) => text.replace(/\r?\n$/, "");

/** Reads a file named on the command line, as UTF-8; a failure names the flag and the file. */
export function readArgFile(file: string, where: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw usageError(`${where}: cannot read file "${file}" (${code})`);
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes as UTF-8 text (a leading BOM dropped). Bytes that are not UTF-8 (a GBK file, a binary) are
 * refused: replacing them with U+FFFD would send TOP something else than the file without a word.
 */
function utf8Text(bytes: Uint8Array, what: string, where: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw usageError(
      `${where}: ${what} is not UTF-8 text`,
      "TOP takes UTF-8: convert it first (e.g. `iconv -f GBK -t UTF-8`), or send binary content as a file param",
    );
  }
}

/**
 * The text a value stands for: `@file` is the file's content, `@-` stdin, `@@x` the literal `@x`;
 * anything else is itself. One final line break of a file or stdin is dropped; content that is not
 * UTF-8 is a usage error.
 */
export async function argText(ctx: Context, raw: string, where: string): Promise<string> {
  if (raw.startsWith("@@")) return raw.slice(1);
  if (raw === "@-") return withoutFinalNewline(utf8Text(await ctx.stdin(), "stdin (@-)", where));
  if (raw.startsWith("@")) {
    const file = raw.slice(1);
    return withoutFinalNewline(utf8Text(readArgFile(file, where), `file "${file}"`, where));
  }
  return raw;
}
