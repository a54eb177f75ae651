import { type IrParam, paramText, wireExampleTree } from "@topkit/sdk/ir";

// The example tree and a value's text are the SDK's (the CLI's call lines use them too).
export { paramText, wireExampleTree };

/** The request's business params as sent for the doc's example values: wire name -> text. */
export function wireExampleParams(params: readonly IrParam[]): Record<string, string> {
  return Object.fromEntries(Object.entries(wireExampleTree(params)).map(([name, v]) => [name, paramText(v)]));
}
