import { losslessStringify } from "@topkit/sdk";
import type { ApiIr } from "@topkit/sdk/ir";
import { shellCommand } from "./shell-quote.js";
import { paramText, wireExampleTree } from "./wire-example.js";

/** `--set path=value` pairs for every scalar example, structs walked by wire name; undefined if a list is in the way. */
function setPairs(tree: Record<string, unknown>, prefix = ""): string[] | undefined {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(tree)) {
    const path = `${prefix}${name}`;
    if (Array.isArray(value)) return undefined;
    if (typeof value === "object" && value !== null) {
      const inner = setPairs(value as Record<string, unknown>, `${path}.`);
      if (!inner) return undefined;
      pairs.push(...inner);
    } else {
      const text = paramText(value);
      // `@` starts a file reference in --set values (issue 7), so such a value goes through --json instead.
      if (text.startsWith("@")) return undefined;
      pairs.push(`${path}=${text}`);
    }
  }
  return pairs;
}

/**
 * The `topkit call` line for the doc's example values: `--set` per scalar (nested by wire path, e.g.
 * `req.type=1`), or one `--json` object when a list of structs or an `@`-value makes paths ambiguous.
 */
export function cliLine(ir: ApiIr): string {
  const tree = wireExampleTree(ir.request);
  const pairs = setPairs(tree);
  const options = pairs ? pairs.map((pair) => ["--set", pair]) : [["--json", losslessStringify(tree)]];
  const notes = [
    "# app key and secret: `topkit config set` or TOP_APP_KEY / TOP_APP_SECRET",
    ...(ir.needsSession ? ["# needs the user's session: --session <key> or TOP_SESSION"] : []),
  ];
  return [...notes, shellCommand(["topkit", "call", ir.method], options)].join("\n");
}
