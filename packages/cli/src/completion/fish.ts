import { type CommandSpec, commandPaths } from "./spec.js";

/** A single-quoted fish word. */
const q = (s: string) => `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

/** The condition under which a command's completions apply: its path seen, no deeper subcommand yet. */
function condition(path: string, spec: CommandSpec): string {
  const parts =
    path === "" ? ["__fish_use_subcommand"] : path.split(" ").map((w) => `__fish_seen_subcommand_from ${w}`);
  if (path !== "" && spec.commands.length > 0) {
    parts.push(`not __fish_seen_subcommand_from ${spec.commands.map((c) => c.name).join(" ")}`);
  }
  return q(parts.join("; and "));
}

/** A fish completion script: subcommands with descriptions, options with their values, argument values. */
export function fishCompletion(root: CommandSpec): string {
  const lines = ["complete -c topkit -f"];
  for (const [path, spec] of commandPaths(root)) {
    const when = condition(path, spec);
    for (const c of spec.commands) lines.push(`complete -c topkit -n ${when} -a ${q(c.name)} -d ${q(c.description)}`);
    for (const o of spec.options) {
      const names = o.flags.map((f) => (f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(" ");
      const value = !o.takesValue ? "" : o.values ? ` -x -a ${q(o.values.join(" "))}` : o.files ? " -r -F" : " -x";
      lines.push(`complete -c topkit -n ${when} ${names}${value} -d ${q(o.description)}`);
    }
    if (spec.argValues.length > 0 && spec.commands.length === 0) {
      lines.push(`complete -c topkit -n ${when} -a ${q(spec.argValues.join(" "))}`);
    }
  }
  return `# fish completion for topkit (written by \`topkit completion fish\`)
# Load it now:      topkit completion fish | source
# Or for good:      topkit completion fish > ~/.config/fish/completions/topkit.fish
${lines.join("\n")}
`;
}
