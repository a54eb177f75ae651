import { ApiIrError } from "@topkit/sdk/ir";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { InputError } from "../parse/input-error.js";
import { TokenError } from "../sync/endpoint/doc-endpoint.js";
import { EndpointError } from "../sync/endpoint/endpoint-answer.js";
import { type SyncIo, SyncUsageError } from "../sync/options.js";
import { emitCommand, generateCommand, parseCommand, UsageError } from "./commands.js";
import { addSyncCommand } from "./sync-command.js";

/** Where a command's exit code goes: the CLI collects it instead of setting `process.exitCode` from inside. */
type SetExit = (code: number) => void;

function program(setExit: SetExit, io: SyncIo): Command {
  const cmd = new Command("topkit-codegen")
    .description("Reads TOP doc pages and doc JSON into the topkit IR and emits the typed SDK")
    .exitOverride()
    .showHelpAfterError();
  cmd
    .command("parse")
    .description("parse doc inputs (doc JSON or rendered page text; folders read recursively) into IR files")
    .argument("<inputs...>", "files or folders")
    .requiredOption("--out <dir>", "folder for <method>.json IR files")
    .option("--allow-incomplete", "write what was read of a cut page, marked incomplete (never emitted)")
    .addHelpText("after", "\nExample:\n  topkit-codegen parse ./docs --out ./ir")
    .action(async (inputs: string[], o: { out: string; allowIncomplete?: boolean }) => {
      setExit(await parseCommand(inputs, o));
    });
  cmd
    .command("emit")
    .description("emit TypeScript modules, index and registry from a folder of IR files (all or nothing)")
    .argument("<ir-dir>", "folder of IR files")
    .requiredOption("--out <dir>", "output folder (replaced as a whole)")
    .option("--runtime <module>", "module the generated code imports the runtime from (e.g. @topkit/sdk)")
    .option("--jobs <n>", "worker threads for printing modules (default: CPUs, at most 4)", jobsOption)
    .addHelpText("after", "\nExample:\n  topkit-codegen emit ./ir --out ./generated --runtime @topkit/sdk")
    .action(async (irDir: string, o: { out: string; runtime?: string; jobs?: number }) => {
      setExit(await emitCommand(irDir, o));
    });
  cmd
    .command("generate")
    .description("regenerate the SDK: packages/sdk/top-docs -> packages/sdk/ir + packages/sdk/generated")
    .option("--check", "change nothing; exit 1 listing the files that are out of date")
    .option("--root <dir>", "workspace root (default: found from the current folder)")
    .option("--jobs <n>", "worker threads for printing modules (default: CPUs, at most 4)", jobsOption)
    .addHelpText("after", "\nExample:\n  pnpm codegen generate --check")
    .action(async (o: { check?: boolean; root?: string; jobs?: number }) => {
      setExit(await generateCommand(o));
    });
  addSyncCommand(cmd, setExit, io);
  return cmd;
}

/** `--jobs`: a positive whole number. */
function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

/** The exit code for a failure, after a one-line message on stderr: never a stack trace for a user error. */
function failureCode(e: unknown, io: SyncIo): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof UsageError || e instanceof SyncUsageError) {
    io.err(`topkit-codegen: ${e.message}\n`);
    return 2;
  }
  if (e instanceof TokenError || e instanceof EndpointError) {
    io.err(`topkit-codegen sync: ${e.message}; nothing was changed\n`);
  } else if (e instanceof InputError || e instanceof ApiIrError || e instanceof AggregateError) {
    io.err(`${e.message}\n`);
  } else {
    io.err(`topkit-codegen: ${(e as Error).message ?? String(e)}\n`);
  }
  return 1;
}

const processIo: SyncIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs the CLI with `argv` and resolves to its exit code (0 done, 1 failed, 2 usage); `io` gets sync's output. */
export async function run(argv: string[], io: SyncIo = processIo): Promise<number> {
  let code = 0;
  try {
    await program((c) => {
      code = c;
    }, io).parseAsync(argv);
    return code;
  } catch (e) {
    return failureCode(e, io);
  }
}

/** The bin's entry: runs the CLI on `process.argv` and sets `process.exitCode`. */
export async function main(argv: string[] = process.argv): Promise<void> {
  process.exitCode = await run(argv);
}
