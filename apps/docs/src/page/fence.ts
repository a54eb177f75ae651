/**
 * A fenced code block around untrusted text. VitePress renders fences with `v-pre` (no Vue inside), but
 * two things still reach the text before Markdown does: a run of backticks as long as the fence would
 * close it early, and VitePress's `<!--@include: path-->` pre-pass, which would read a file from disk into
 * the page. The fence grows past the longest backtick run; an include marker gets a zero-width space
 * after `<!--`, which keeps it visible but stops the pre-pass.
 */

const INCLUDE_MARKER = /<!--(?=\s*@include:)/g;

/** The code, with any include marker made inert. */
export function inertCode(code: string): string {
  return code.replace(INCLUDE_MARKER, "<!--\u200b");
}

/** A fence of `lang`, optionally with a code-group tab `label`. */
export function fence(lang: string, code: string, label?: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(Math.max(3, longest + 1));
  const info = label ? `${lang} [${label}]` : lang;
  return `${ticks}${info}\n${inertCode(code).replace(/\s+$/, "")}\n${ticks}`;
}

/** VitePress code-group: tabs over fences; `blocks` are `[lang, label, code]`. */
export function codeGroup(blocks: readonly (readonly [lang: string, label: string, code: string])[]): string {
  return ["::: code-group", ...blocks.map(([lang, label, code]) => fence(lang, code, label)), ":::"].join("\n\n");
}
