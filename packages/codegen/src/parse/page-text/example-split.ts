/** Where an example that spans several tokens ends: a quoted string, JSON, or a date with its time. */
function exampleEnd(tokens: readonly string[]): number {
  const first = tokens[0] ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(first) && /^\d{2}:\d{2}(:\d{2})?$/.test(tokens[1] ?? "")) return 2;
  if (first.startsWith('"')) {
    const close = tokens.findIndex((t, i) => (i === 0 ? t.length > 1 && t.endsWith('"') : t.endsWith('"')));
    return close < 0 ? 1 : close + 1;
  }
  if (/^[[{]/.test(first)) {
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const ch of tokens[i]!) {
        if (ch === "[" || ch === "{") depth++;
        else if (ch === "]" || ch === "}") depth--;
      }
      if (depth <= 0) return i + 1;
    }
  }
  return 1;
}

/**
 * Splits what follows a plain row's type into 示例值 and 描述 when both were printed on the line.
 * The example is one token unless it is visibly longer (`"a b"`, `{"k": 1}`, `2018-08-28 05:39:01`);
 * everything after it is the description, spaces and all (empty when the example took every token).
 */
export function splitExample(tokens: readonly string[]): { example: string; description: string } {
  const end = exampleEnd(tokens);
  return { example: tokens.slice(0, end).join(" "), description: tokens.slice(end).join(" ") };
}
