import type { IrErrorCode } from "@topkit/sdk/ir";

/**
 * Rows of 错误码解释 after its header (`错误码 错误描述 解决方案`): the code is the first token, the message
 * the next, and anything further the solution.
 */
export function readErrorTable(lines: readonly string[] | undefined): IrErrorCode[] {
  if (!lines) return [];
  const rows = lines.map((l) => l.trim()).filter((l) => l !== "" && !/^错误码\s+错误描述/.test(l));
  return rows.map((row) => {
    const [code = "", message = "", ...rest] = row.split(/\s+/);
    const solution = rest.join(" ");
    return { code, message, ...(solution ? { solution } : {}) };
  });
}
