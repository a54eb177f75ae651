// C0/C1 control characters (ESC among them) except tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Doc text (and any text from the network) made safe to print on a terminal: control characters,
 * which could move the cursor or recolor the screen, become `?`.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, "?");
}

/** One-line form: line breaks and tabs become spaces, then `printable`. */
export function oneLine(text: string): string {
  return printable(text.replace(/[\r\n\t]+/g, " ").trim());
}
