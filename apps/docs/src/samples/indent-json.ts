/**
 * JSON text re-indented by 2 spaces, token by token: numbers are never parsed, so 64-bit ids keep every
 * digit (JSON.parse + stringify would round them). Text that does not start like JSON comes back as is.
 */
export function indentJson(text: string): string {
  const src = text.trim();
  if (!/^[[{]/.test(src)) return text;
  let out = "";
  let depth = 0;
  let inString = false;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inString) {
      out += c;
      if (c === "\\") out += src[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "{" || c === "[") {
      const close = src.slice(i + 1).match(/^\s*([\]}])/);
      if (close) {
        out += c + close[1];
        i += close[0].length;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === "}" || c === "]") {
      depth = Math.max(0, depth - 1);
      out += newline() + c;
    } else if (c === ",") out += `,${newline()}`;
    else if (c === ":") out += ": ";
    else if (!/\s/.test(c)) out += c;
  }
  return out;
}
