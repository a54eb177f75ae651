/** Section headings of a rendered doc page, in page order. 验签示例 is QIMEN's stand-in for 异常示例. */
export const SECTION_HEADINGS = [
  "公共参数",
  "请求参数",
  "响应参数",
  "请求示例",
  "响应示例",
  "异常示例",
  "验签示例",
  "错误码解释",
] as const;
export type SectionName = (typeof SECTION_HEADINGS)[number];

/** Footer lines that close a complete page (`API工具 / 如何获得此API / FAQ / 返回 / 顶部`). */
const FOOTER_START = new Set(["API工具", "如何获得此API", "FAQ"]);

export interface PageSections {
  head: string[];
  sections: Map<SectionName, string[]>;
  /** Headings in the order met; the last one is where a cut page stops. */
  order: SectionName[];
  /** True when the footer (ending with 返回 and 顶部) was reached. */
  complete: boolean;
}

const isHeading = (line: string): line is SectionName => (SECTION_HEADINGS as readonly string[]).includes(line);

/**
 * Splits page text into the head (before 公共参数) and its sections. A page is complete when its footer
 * is reached and ends with 返回 / 顶部; anything else was cut short in the last section met.
 */
export function splitSections(text: string): PageSections {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .split("\n");
  const head: string[] = [];
  const sections = new Map<SectionName, string[]>();
  const order: SectionName[] = [];
  let current: string[] = head;
  let footer: string[] | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (footer) {
      footer.push(line);
    } else if (isHeading(line) && !sections.has(line)) {
      current = [];
      sections.set(line, current);
      order.push(line);
    } else if (FOOTER_START.has(line) && order.length > 0) {
      footer = [line];
    } else {
      current.push(raw);
    }
  }
  const tail = (footer ?? []).filter((l) => l !== "");
  const complete = tail.length >= 2 && tail.at(-2) === "返回" && tail.at(-1) === "顶部";
  return { head, sections, order, complete };
}
