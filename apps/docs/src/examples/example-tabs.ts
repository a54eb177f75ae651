import { DefaultTaobaoClient, TOP_ENDPOINTS } from "@topkit/sdk";
import {
  type ApiIr,
  curlCommand,
  type IrParam,
  paramText,
  requiredRule,
  topkitCallLine,
  tsExample,
  wireExampleTree,
} from "@topkit/sdk/ir";
import { codeGroup } from "../page/fence.js";

// An API page's call examples, in the four tabs: TypeScript (the SDK's tsExample as a whole program), the
// `topkit call` line, curl with placeholders, and the doc's Java sample. Values are the SDK's example values.

/** The request's business params as sent for the doc's example values: wire name -> text. */
export function wireExampleParams(params: readonly IrParam[]): Record<string, string> {
  return Object.fromEntries(Object.entries(wireExampleTree(params)).map(([name, v]) => [name, paramText(v)]));
}

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

/** The time the example shows (08:30:00 GMT+8), so pages do not change with every build. */
const EXAMPLE_TIME = new Date("2024-05-01T00:30:00Z");

let placeholders: DefaultTaobaoClient | undefined;

/**
 * A client that signs for nobody: its app key is the placeholder the reader replaces, and the signature it
 * makes is replaced by a placeholder too. It only prepares requests, so it never opens a connection.
 */
function placeholderClient(): DefaultTaobaoClient {
  placeholders ??= new DefaultTaobaoClient(
    TOP_ENDPOINTS.production,
    "YOUR_APP_KEY",
    "no secret: sign is a placeholder",
  );
  return placeholders;
}

/**
 * The files the curl line uploads: each file param the call must send (the one required rule), from the
 * `./file.jpg` the TypeScript tab reads. Without them a curl line for an upload API was refused with code 40.
 * Only top-level files: a file inside a struct cannot be sent (a struct travels as JSON text).
 */
function exampleFiles(ir: ApiIr): Record<string, { path: string; mimeType: string }> {
  const required = requiredRule(ir.request);
  return Object.fromEntries(
    ir.request
      .filter((p) => p.type === "file" && required(p))
      .map((p) => [p.name, { path: "./file.jpg", mimeType: "image/jpeg" }]),
  );
}

/**
 * The raw HTTP call for the doc's example values, its system params as the SDK's `prepareCall` builds them
 * (query), business params as a form body. The secret never appears: only a placeholder for the signature.
 */
export function curlLine(ir: ApiIr): string {
  const session = ir.needsSession ? "YOUR_SESSION_KEY" : undefined;
  // System params only: the signature is a placeholder anyway, and a doc param that takes a system param's
  // name (which the SDK refuses to send) must still get its page.
  const { url, query } = placeholderClient().prepareCall(ir.method, {}, session, { now: EXAMPLE_TIME });
  return [
    "# timestamp: now in GMT+8 (TOP allows ±10 min)",
    "# YOUR_SIGN: HMAC-SHA256 keyed with your app secret over the sorted name+value pairs, upper-case hex",
    "# (see the signing guide, or let `topkit call --dry-run` print this line signed)",
    curlCommand({
      url,
      query: { ...query, sign: "YOUR_SIGN" },
      body: wireExampleParams(ir.request),
      files: exampleFiles(ir),
    }),
  ].join("\n");
}

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
