import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { Context } from "./context.js";

/**
 * One value typed at the terminal, or all of piped stdin. At a terminal the prompt goes to stderr
 * and, for secrets, the typing is not echoed (readline writes its echo to a stream that drops it).
 */
export async function readValue(ctx: Context, prompt: string, hidden: boolean): Promise<string> {
  if (!ctx.stdinIsTty) return (await ctx.stdin()).toString("utf8").replace(/\r?\n$/, "");
  ctx.err(prompt);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: hidden ? silent : process.stderr, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.once("line", resolve));
  } finally {
    rl.close();
    if (hidden) ctx.err("\n");
  }
}
