import { type PageLine, pageLines } from "./page-lines.js";

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

/** Lines that open the page footer (`API工具 / 如何获得此API / FAQ / 返回 / 顶部`; QIMEN pages lack the second). */
const FOOTER_START = new Set(["API工具", "如何获得此API", "FAQ"]);

export interface PageSections {
  head: PageLine[];
  sections: Map<SectionName, PageLine[]>;
  /** Headings in the order met; the last one is where a cut page stops. */
  order: SectionName[];
  /** True when the footer was reached: everything the page says about the API is there. */
  complete: boolean;
}

const isHeading = (line: string): line is SectionName => (SECTION_HEADINGS as readonly string[]).includes(line);

/**
 * Splits page text into the head (before the first heading) and its sections, up to the footer.
 * Headings may be indented (the 更多限制 push), so lines are compared trimmed; a heading seen twice
 * is content the second time. A page that never reaches its footer was cut short.
 */
export function splitSections(text: string): PageSections {
  const head: PageLine[] = [];
  const sections = new Map<SectionName, PageLine[]>();
  const order: SectionName[] = [];
  let current = head;
  for (const line of pageLines(text)) {
    const trimmed = line.text.trim();
    if (isHeading(trimmed) && !sections.has(trimmed)) {
      current = [];
      sections.set(trimmed, current);
      order.push(trimmed);
    } else if (FOOTER_START.has(trimmed) && order.length > 0) {
      return { head, sections, order, complete: true };
    } else {
      current.push(line);
    }
  }
  dropCutHeading(current);
  return { head, sections, order, complete: false };
}

const HEADING_LIKE = [...SECTION_HEADINGS, ...FOOTER_START];

/** On a cut page, a last line that is the start of a heading (`异` of 异常示例) is no content of the section. */
function dropCutHeading(lines: PageLine[]): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.text.trim() === "") last--;
  const text = lines[last]?.text.trim();
  if (text && HEADING_LIKE.some((h) => h.startsWith(text) && h !== text)) lines.splice(last);
}
