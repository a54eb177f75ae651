import { type ApiIr, topkitCallLine } from "@topkit/sdk/ir";

/**
 * The `topkit call` line for the doc's example values, as the SDK spells it for `topkit describe` too
 * (`--set` by wire path, list items as `items[0].x`, `--json` when a value starts with `@`), after notes on
 * where credentials come from.
 */
export function cliLine(ir: ApiIr): string {
  const notes = [
    "# app key and secret: `topkit config set` or TOP_APP_KEY / TOP_APP_SECRET",
    ...(ir.needsSession ? ["# needs the user's session: --session <key> or TOP_SESSION"] : []),
  ];
  return [...notes, topkitCallLine(ir)].join("\n");
}
