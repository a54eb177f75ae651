import { stripGutter } from "./line-gutter.js";
import { dedent, type PageLine } from "./page-lines.js";

const TAB = /^\s*[•◦▪]\s*(XML示例|JSON示例|XML|JSON|JAVA|\.NET|PHP|CURL|Python|C\/C\+\+|NodeJS)\s*$/i;

/**
 * A sample section's text as written: the language tabs (`• XML示例`, `• JAVA` …) are page chrome, the
 * 更多限制 indentation push and any line-number gutter are removed, blank lines at both ends dropped.
 */
export function sampleText(lines: readonly PageLine[] | undefined): string {
  if (!lines) return "";
  const body = lines.map((l) => l.text).filter((l) => !TAB.test(l));
  return stripGutter(dedent(body)).join("\n").trim();
}

/** A response or error sample, by its form: XML on TOP pages, bare JSON on QIMEN pages. */
export function sampleBody(lines: readonly PageLine[] | undefined): { xml?: string; json?: string } {
  const text = sampleText(lines);
  if (text === "") return {};
  return text.startsWith("<") ? { xml: text } : { json: text };
}
