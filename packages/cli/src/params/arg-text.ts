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

/**
 * The text a value stands for: `@file` is the file's content, `@-` stdin, `@@x` the literal `@x`;
 * anything else is itself. One final line break of a file or stdin is dropped.
 */
export async function argText(ctx: Context, raw: string, where: string): Promise<string> {
  if (raw.startsWith("@@")) return raw.slice(1);
  if (raw === "@-") return withoutFinalNewline((await ctx.stdin()).toString("utf8"));
  if (raw.startsWith("@")) return withoutFinalNewline(readArgFile(raw.slice(1), where).toString("utf8"));
  return raw;
}
