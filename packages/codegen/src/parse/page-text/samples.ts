/**
 * The sample body of 响应示例 / 异常示例 / 验签示例: the language tabs (`• XML示例`, `• JSON示例`) are page
 * chrome; what follows is the sample as shown (XML on TOP pages, bare JSON on QIMEN pages).
 */
export function sampleBody(lines: readonly string[] | undefined): { xml?: string; json?: string } {
  if (!lines) return {};
  const body = lines.filter((l) => !/^\s*[•·]\s*(XML示例|JSON示例|XML|JSON)\s*$/.test(l));
  const text = body.join("\n").trim();
  if (text === "") return {};
  return text.startsWith("<") ? { xml: text } : { json: text };
}
