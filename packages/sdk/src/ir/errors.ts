import type { z } from "zod";

/** A path like `request[0].children[1].type`, readable by someone editing the IR file. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

/** An IR document that does not match the schema: says where (file and key path) and what was expected. */
export class ApiIrError extends Error {
  override readonly name = "ApiIrError";
  readonly issues: readonly { path: string; message: string }[];

  constructor(
    readonly where: string,
    zodIssues: readonly z.core.$ZodIssue[],
  ) {
    const issues = zodIssues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
    const head = issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join("; ");
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
    super(`${where}: invalid IR: ${head}${more}`);
    this.issues = issues;
  }
}
