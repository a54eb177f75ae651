import type { ApiIr } from "@topkit/sdk/ir";
import { codeGroup } from "../page/fence.js";
import { cliLine } from "./cli-line.js";
import { curlLine } from "./curl-line.js";
import { tsProgram } from "./ts-program.js";

/** The call in four forms, as code-group tabs: TypeScript first, then CLI, curl and the doc's Java sample. */
export function exampleTabs(ir: ApiIr): string {
  const java = ir.samples.requestJava?.trim();
  return codeGroup([
    ["ts", "TypeScript", tsProgram(ir)],
    ["sh", "CLI", cliLine(ir)],
    ["sh", "curl", curlLine(ir)],
    ...(java ? [["java", "Java", java] as const] : []),
  ]);
}
