/** One shell word: bare when it holds only safe characters, else single-quoted (POSIX sh, bash, zsh). */
export function shellWord(text: string): string {
  if (/^[\w.,:=/%+@-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A command of several arguments, one option per continued line when it gets long. */
export function shellCommand(head: readonly string[], options: readonly string[][]): string {
  const first = head.map(shellWord).join(" ");
  const rest = options.map((words) => words.map(shellWord).join(" "));
  return [first, ...rest].join(" \\\n  ");
}
