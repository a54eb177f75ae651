import { createRequire } from "node:module";
import { resolve } from "node:path";
import { MethodNameSchema } from "@topkit/sdk/ir";
import type { Command } from "commander";
import { findWorkspaceRoot } from "../generate/workspace.js";
import type { SyncIo, SyncOptions } from "../sync/options.js";
import { UsageError } from "./commands.js";

interface SyncFlags {
  from: string;
  only?: string[];
  add?: string[];
  category?: string;
  remove?: string[];
  dryRun?: boolean;
  report?: string;
  rate: string;
  timeout: string;
  retries: string;
  retryDelay: string;
  root?: string;
}

const version = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/** A numeric flag: a positive integer by default, or any positive number, or an integer from 0. */
function numberFlag(flag: string, value: string, kind: "integer" | "number" | "count" = "integer"): number {
  const n = Number(value);
  const ok = Number.isFinite(n) && (kind === "count" ? n >= 0 : n > 0) && (kind === "number" || Number.isInteger(n));
  if (!ok) {
    const expected = { integer: "a positive integer", number: "a positive number", count: "0 or a positive integer" };
    throw new UsageError(`${flag} ${value}: expected ${expected[kind]}`);
  }
  return n;
}

function baseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--from ${value}: not a URL (expected e.g. https://open.taobao.com)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(`--from ${value}: not an http(s) URL`);
  // A trailing slash makes relative paths (docCenter, handler/document/…, api.htm) keep any path prefix.
  return new URL(url.href.endsWith("/") ? url.href : `${url.href}/`);
}

/** `--add 62170` is a docId, `--add taobao.trade.get` a method name; anything else is a usage error. */
function addition(value: string): number | string {
  if (/^\d+$/.test(value)) return numberFlag("--add", value);
  if (MethodNameSchema.safeParse(value).success) return value;
  throw new UsageError(`--add ${value}: expected a docId (digits) or a TOP method name`);
}

function methods(flag: string, values: string[] = []): string[] {
  const bad = values.find((v) => !MethodNameSchema.safeParse(v).success);
  if (bad !== undefined) throw new UsageError(`${flag} ${bad}: not a TOP method name`);
  return values;
}

/** The flags, checked and typed; every mistake is a `UsageError` (exit 2) before anything is fetched. */
export function syncOptions(flags: SyncFlags): SyncOptions {
  const root = flags.root ?? findWorkspaceRoot();
  if (!root) throw new UsageError("not inside the topkit workspace (no pnpm-workspace.yaml above); pass --root");
  return {
    root,
    base: baseUrl(flags.from),
    only: methods("--only", flags.only),
    add: (flags.add ?? []).map(addition),
    category: flags.category === undefined ? undefined : numberFlag("--category", flags.category),
    remove: methods("--remove", flags.remove),
    dryRun: flags.dryRun === true,
    report: flags.report === undefined ? undefined : resolve(flags.report),
    http: {
      perSecond: numberFlag("--rate", flags.rate, "number"),
      timeoutMs: numberFlag("--timeout", flags.timeout),
      retries: numberFlag("--retries", flags.retries, "count"),
      retryDelayMs: numberFlag("--retry-delay", flags.retryDelay),
      maxDelayMs: 30_000,
      userAgent: `topkit-codegen/${version} (sync)`,
    },
  };
}

/** Adds `sync` to the CLI; its exit code goes to `setExit`, its output to `io`. */
export function addSyncCommand(cmd: Command, setExit: (code: number) => void, io: SyncIo): void {
  cmd
    .command("sync")
    .description(
      "fetch TOP's doc JSON for the SDK's APIs, store what changed, regenerate, and write a changeset with the semver bump",
    )
    .option("--from <base-url>", "the doc site", "https://open.taobao.com")
    .option("--only <method...>", "refresh only these APIs of top-docs/manifest.json")
    .option("--add <docId|method...>", "add (or refresh) APIs by docId or method name")
    .option("--category <id>", "add (or refresh) every API of a catalogue category")
    .option("--remove <method...>", "drop APIs from the SDK (a major change)")
    .option("--dry-run", "print the diff and the bump; write nothing")
    .option(
      "--report <file>",
      "also write the run as Markdown to <file> (the sync pull request's body): the API changes, failures, or why it stopped",
    )
    .option("--rate <per-second>", "request starts per second, retries included", "2")
    .option("--timeout <ms>", "per attempt: the whole exchange must fit in this", "15000")
    .option("--retries <n>", "retries on 429, 5xx and transport failures (with backoff)", "3")
    .option("--retry-delay <ms>", "first backoff delay; doubles each retry, up to 30 s", "1000")
    .option("--root <dir>", "workspace root (default: found from the current folder)")
    .addHelpText(
      "after",
      "\nExit status: 0 done (or nothing to do), 1 an API or the run failed, 2 usage.\n\nExamples:\n  pnpm codegen sync --dry-run\n  pnpm codegen sync --add 62170\n  pnpm codegen sync --category 1 --dry-run\n  pnpm codegen sync --report sync-report.md",
    )
    .action(async (flags: SyncFlags) => {
      // Loaded on use: sync pulls in the whole generate pipeline (ts-morph), which other commands need not pay for.
      const { sync } = await import("../sync/sync.js");
      setExit(await sync(syncOptions(flags), io));
    });
}
