import type { Command } from "commander";
import { collect } from "../commands/shared-options.js";

/** Options whose value is usually a file; other free values get no completion. */
const FILE_OPTIONS = new Set(["--json"]);

/** An option as completions need it. */
export interface OptionSpec {
  readonly flags: readonly string[];
  readonly description: string;
  readonly takesValue: boolean;
  /** May be given more than once (`--set`). */
  readonly repeatable: boolean;
  /** Values to offer, when the option has a fixed set. */
  readonly values?: readonly string[];
  /** Its value is usually a file (`--json @file.json`). */
  readonly files: boolean;
}

/** A command as completions need it: its options, the values of its first argument, its subcommands. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** Values to offer for the first argument (methods, shells, setting keys); empty when none. */
  readonly argValues: readonly string[];
  /** True when the command takes arguments at all (else nothing is offered after its options). */
  readonly takesArgs: boolean;
  readonly commands: readonly CommandSpec[];
}

/**
 * The command tree, read from commander (help and version options included, in the user's
 * language), so that completions can never drift from the real options.
 */
export function commandSpec(cmd: Command, methods: readonly string[]): CommandSpec {
  const first = cmd.registeredArguments[0];
  const argValues = first?.name() === "method" ? methods : (first?.argChoices ?? []);
  return {
    name: cmd.name(),
    description: cmd.summary() || cmd.description(),
    options: cmd
      .createHelp()
      .visibleOptions(cmd)
      .map((o) => ({
        flags: [o.short, o.long].filter((f): f is string => f !== undefined),
        description: o.description,
        takesValue: o.required || o.optional,
        repeatable: o.parseArg === collect,
        files: FILE_OPTIONS.has(o.long ?? ""),
        ...(o.argChoices && { values: o.argChoices }),
      })),
    argValues,
    takesArgs: first !== undefined,
    commands: cmd.commands.filter((c) => c.name() !== "help").map((c) => commandSpec(c, methods)),
  };
}

/** Every command with its path from the root (`""`, `call`, `config set`), parents first. */
export function commandPaths(spec: CommandSpec, path = ""): [string, CommandSpec][] {
  return [[path, spec], ...spec.commands.flatMap((c) => commandPaths(c, path ? `${path} ${c.name}` : c.name))];
}
