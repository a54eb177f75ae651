/**
 * A minimal doc page in the real rendered layout (the seed's chrome), around table and sample lines
 * copied from real pages. Tests build excerpts with it instead of copying whole corpus pages.
 */
export interface Excerpt {
  head?: string[];
  request?: string[];
  response?: string[];
  java?: string[];
  responseSample?: string[];
  errorSample?: string[];
  errorCodes?: string[];
  /** Stop after this section (a cut page); default: the footer is there. */
  cutAfter?: "请求参数" | "响应参数";
}

const REQUEST_HEADER = "名称 类型 是否必须 示例值 更多限制 描述";
const RESPONSE_HEADER = "名称 类型 示例值 描述";
const TABS = ["  • JAVA", "  • .NET", "  • PHP", "  • CURL", "  • Python", "  • C/C++", "  • NodeJS"];
const FOOTER = ["API工具", "", "如何获得此API", "", "FAQ", "", "返回", "顶部"];

export function excerpt(e: Excerpt): string {
  const head = e.head ?? ["文档中心 > API类目 > 天猫好房用户API", "", "taobao.demo.get (示例接口)", "", "示例接口"];
  const out = [...head, "", "公共参数", "", "请求参数", "", REQUEST_HEADER, ...(e.request ?? [])];
  if (e.cutAfter === "请求参数") return out.join("\n");
  out.push("", "响应参数", "", RESPONSE_HEADER, ...(e.response ?? []));
  if (e.cutAfter === "响应参数") return out.join("\n");
  out.push("", "请求示例", "", ...(e.java ? [...TABS, ...e.java] : []));
  out.push("", "响应示例", "", "  • XML示例", "  • JSON示例", ...(e.responseSample ?? []));
  out.push("", "异常示例", "", "  • XML示例", "  • JSON示例", ...(e.errorSample ?? []));
  out.push("", "错误码解释", "", "错误码 错误描述 解决方案", ...(e.errorCodes ?? []), "", ...FOOTER);
  return out.join("\n");
}
