import { FORM_CONTENT_TYPE } from "../client/options.js";
import { formatPlainNumber, losslessStringify } from "../runtime/lossless-stringify.js";
import { type ExampleEntry, exampleEntries, type RequiredRule, requiredRule, wireExampleTree } from "./example.js";
import type { ApiIr, IrParam } from "./schema.js";

// "How to call this API", written once for everyone who shows it: `topkit describe`, `topkit call --dry-run`
// and the docs' CLI and curl tabs. Param paths are spelled one way everywhere: `req.type`, list items
// `items[0].sku_id` (what `topkit call --set` takes and what check() errors name).

/** One word for a POSIX shell (sh, bash, zsh): bare when it holds only safe characters, else single-quoted. */
export function shellWord(text: string): string {
  if (/^[\w.,:=/%+@-]+$/.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A command line: the head, then one option (its words) per continued line. */
export function shellCommand(head: readonly string[], options: readonly (readonly string[])[]): string {
  const first = head.map(shellWord).join(" ");
  const rest = options.map((words) => words.map(shellWord).join(" "));
  return [first, ...rest].join(" \\\n  ");
}

/** The path prefix of a param's members: `req.` for a struct, `items[0].` for a list of structs. */
export function memberPathPrefix(path: string, p: IrParam): string {
  return p.type === "array" ? `${path}[0].` : `${path}.`;
}

/** A value as one text param: structs as compact JSON with exact digits, numbers without exponent. */
export function paramText(value: unknown): string {
  if (typeof value === "object" && value !== null) return losslessStringify(value);
  if (typeof value === "number") return formatPlainNumber(value);
  return String(value);
}

/**
 * `--set path=value` pairs for the example's entries (`@./file` for a required file); undefined when a value
 * starts with `@`, which `--set` reads as a file, or when a required struct has no member to set.
 */
function setPairs(entries: readonly ExampleEntry[], prefix: string, required: RequiredRule): string[] | undefined {
  const pairs: string[] = [];
  for (const { param: p, value, members } of entries) {
    const path = prefix + p.name;
    if (members) {
      const inner = setPairs(members, memberPathPrefix(path, p), required);
      // A required struct with nothing to set inside is still sent, as `{}`: only --json can say that.
      if (!inner || (inner.length === 0 && required(p))) return undefined;
      pairs.push(...inner);
    } else if (p.type === "file") {
      if (required(p)) pairs.push(`${path}=@./file`);
    } else {
      const text = paramText(value);
      if (text.startsWith("@")) return undefined;
      pairs.push(`${path}=${text}`);
    }
  }
  return pairs;
}

export interface CallLineOptions {
  /** Add `--session <this>` (e.g. a placeholder); left out, the session comes from TOP_SESSION or the config. */
  readonly session?: string;
}

/**
 * The `topkit call` line for the doc's example values: one `--set` per value by wire path (`req.type=1`,
 * `items[0].sku_id=…`), or one `--json` object when `--set` cannot say it (a value starting with `@`, which
 * it reads as a file; a required struct with nothing set inside).
 */
export function topkitCallLine(ir: ApiIr, options: CallLineOptions = {}): string {
  const required = requiredRule(ir.request);
  const pairs = setPairs(exampleEntries(ir.request, "request", required), "", required);
  const params = pairs
    ? pairs.map((pair) => ["--set", pair])
    : [["--json", losslessStringify(wireExampleTree(ir.request))]];
  const session = options.session === undefined ? [] : [["--session", options.session]];
  return shellCommand(["topkit", "call", ir.method], [...params, ...session]);
}

/** A request as a curl line shows it: system params in the query, business params in the body. */
export interface CurlRequest {
  readonly url: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, string>>;
  /** File params: where each is read from (`-` for stdin) and its MIME type; they make the body multipart. */
  readonly files?: Readonly<Record<string, { readonly path: string; readonly mimeType: string }>>;
}

/**
 * The POST as a curl command, one option per line; curl does the URL and form encoding (`--url-query` needs
 * curl 7.87 or newer). Shows exactly what it is given: mask secrets first (`client.redact(prepared)`).
 */
export function curlCommand(request: CurlRequest): string {
  const options: string[][] = Object.entries(request.query).map(([name, value]) => ["--url-query", `${name}=${value}`]);
  const files = Object.entries(request.files ?? {});
  if (files.length > 0) {
    for (const [name, value] of Object.entries(request.body)) options.push(["--form-string", `${name}=${value}`]);
    for (const [name, file] of files) options.push(["-F", `${name}=@${file.path};type=${file.mimeType}`]);
  } else {
    options.push(["-H", `Content-Type: ${FORM_CONTENT_TYPE}`]);
    for (const [name, value] of Object.entries(request.body)) options.push(["--data-urlencode", `${name}=${value}`]);
  }
  return shellCommand(["curl", "-X", "POST", "--compressed", request.url], options);
}
