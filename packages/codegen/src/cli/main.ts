import { ApiIrError } from "@topkit/sdk/ir";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { InputError } from "../parse/input-error.js";
import { emitCommand, generateCommand, parseCommand, UsageError } from "./commands.js";

function program(): Command {
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
      process.exitCode = await parseCommand(inputs, o);
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
      process.exitCode = await emitCommand(irDir, o);
    });
  cmd
    .command("generate")
    .description("regenerate the SDK: packages/sdk/top-docs -> packages/sdk/ir -> packages/sdk/src/generated")
    .option("--check", "change nothing; exit 1 listing the files that are out of date")
    .option("--root <dir>", "workspace root (default: found from the current folder)")
    .option("--jobs <n>", "worker threads for printing modules (default: CPUs, at most 4)", jobsOption)
    .addHelpText("after", "\nExample:\n  pnpm codegen generate --check")
    .action(async (o: { check?: boolean; root?: string; jobs?: number }) => {
      process.exitCode = await generateCommand(o);
    });
  return cmd;
}

/** `--jobs`: a positive whole number. */
function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

/** Runs the CLI; every failure becomes a one-line message and an exit code, never a stack trace. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UsageError) {
      process.stderr.write(`topkit-codegen: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError || e instanceof ApiIrError || e instanceof AggregateError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`topkit-codegen: ${(e as Error).message ?? String(e)}\n`);
      process.exitCode = 1;
    }
  }
}
