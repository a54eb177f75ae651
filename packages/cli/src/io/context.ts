import { usageError } from "../cli-error.js";
import type { Bilingual } from "./locale.js";
import { prefersChinese } from "./locale.js";
import { type Palette, palette } from "./palette.js";

/**
 * Everything a command touches outside itself: environment, the two output streams, stdin and how to
 * style output. Commands get it instead of reaching for `process`, so tests can run them in-process.
 */
export interface Context {
  readonly env: NodeJS.ProcessEnv;
  /** Writes the result: stdout carries nothing else. */
  readonly out: (text: string) => void;
  /** Writes everything else: warnings, errors, notes. */
  readonly err: (text: string) => void;
  /** Reads all of stdin, once (`@-`). */
  readonly stdin: () => Promise<Buffer>;
  readonly stdinIsTty: boolean;
  /** stdout is a terminal (or FORCE_TTY=1): JSON is pretty-printed. */
  readonly pretty: boolean;
  readonly outStyle: Palette;
  readonly errStyle: Palette;
  readonly zh: boolean;
  /** Picks the text in the user's language. */
  readonly t: (text: Bilingual) => string;
  /** Set by `--quiet`: warnings and notes are dropped, errors still shown. */
  quiet: boolean;
}

/** Color only on a terminal, never with NO_COLOR set (https://no-color.org). */
const wantsColor = (env: NodeJS.ProcessEnv, tty: boolean) => tty && !env.NO_COLOR;

/** The context of the running process. */
export function processContext(): Context {
  const env = process.env;
  const forced = env.FORCE_TTY === "1";
  const outTty = forced || process.stdout.isTTY === true;
  const errTty = forced || process.stderr.isTTY === true;
  const zh = prefersChinese(env);
  return {
    env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: stdinOnce(process.stdin),
    stdinIsTty: process.stdin.isTTY === true,
    pretty: outTty,
    outStyle: palette(wantsColor(env, outTty)),
    errStyle: palette(wantsColor(env, errTty)),
    zh,
    t: (text) => (zh ? text.zh : text.en),
    quiet: false,
  };
}

/** A warning on stderr (dropped with --quiet). */
export function warn(ctx: Context, message: string): void {
  if (!ctx.quiet) ctx.err(`${ctx.errStyle.yellow("warning:")} ${message}\n`);
}

/** An informational line on stderr (dropped with --quiet). */
export function note(ctx: Context, message: string): void {
  if (!ctx.quiet) ctx.err(`${ctx.errStyle.dim(message)}\n`);
}

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
