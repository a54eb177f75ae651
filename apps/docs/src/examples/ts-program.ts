import { TOP_ENDPOINTS } from "@topkit/sdk";
import { type ApiIr, tsExample } from "@topkit/sdk/ir";

/** Where the example's free variables come from: the program then runs as shown. */
function preamble(ir: ApiIr): string[] {
  return [
    `const url = "${TOP_ENDPOINTS.production}"; // or a local gateway's url in tests`,
    'const appKey = process.env.TOP_APP_KEY ?? "";',
    'const appSecret = process.env.TOP_APP_SECRET ?? "";',
    ...(ir.needsSession ? ['const sessionKey = process.env.TOP_SESSION ?? ""; // the user\'s authorised session'] : []),
  ];
}

/**
 * The TypeScript example: the SDK's own `tsExample` program (built from the doc's example values, in
 * the shape of the Java sample), with its `url`/`appKey`/`appSecret`/`sessionKey` declared after the
 * imports. The test suite type-checks exactly this text against the SDK.
 */
export function tsProgram(ir: ApiIr): string {
  const program = tsExample(ir, { program: true });
  const split = program.indexOf("\n\n");
  if (split < 0) throw new Error(`${ir.method}: tsExample() gave no import block to put the declarations after`);
  return [program.slice(0, split), "", ...preamble(ir), program.slice(split + 2)].join("\n");
}
