import { type CommandSpec, commandPaths, type OptionSpec } from "./spec.js";

/** Text inside a single-quoted zsh word, within `[…]` or before `:` of an _arguments spec. */
const esc = (s: string) =>
  s
    .replaceAll("\\", "\\\\")
    .replaceAll("'", "'\\''")
    .replace(/[[\]:]/g, "\\$&");

const fnName = (path: string) => `_topkit${path ? `_${path.replaceAll(" ", "_").replaceAll("-", "_")}` : ""}`;

/** One `_arguments` spec for an option: exclusive short/long forms, description, value completion. */
function optionSpec(o: OptionSpec): string {
  const [first, second] = o.flags;
  const value = !o.takesValue
    ? ""
    : o.values
      ? `:value:(${o.values.join(" ")})`
      : o.files
        ? ":file:_files"
        : ":value: ";
  const tail = `[${esc(o.description)}]${value}`;
  if (second) return `${o.repeatable ? "'*'" : `'(${first} ${second})'`}{${first},${second}}'${tail}'`;
  return `'${o.repeatable ? "*" : ""}${first}${tail}'`;
}

/** The completion function of one command: its options, then subcommands or its argument values. */
function commandFunction(path: string, spec: CommandSpec): string {
  const specs = spec.options.map(optionSpec);
  if (spec.commands.length > 0) {
    const described = spec.commands.map((c) => `'${esc(c.name)}:${esc(c.description)}'`).join(" ");
    const arms = spec.commands.map((c) => `    ${c.name}) ${fnName(path ? `${path} ${c.name}` : c.name)} ;;`);
    return `${fnName(path)}() {
  local curcontext="$curcontext" state line
  local -a commands=(${described})
  _arguments -C ${specs.join(" ")} '1:command:->command' '*::arg:->args'
  case $state in
    command) _describe -t commands command commands ;;
    args)
      case $words[1] in
${arms.map((a) => `    ${a}`).join("\n")}
      esac ;;
  esac
}`;
  }
  const arg = !spec.takesArgs
    ? []
    : spec.argValues.length
      ? [`'1:argument:(${spec.argValues.join(" ")})'`]
      : ["'*:argument:_files'"];
  return `${fnName(path)}() {
  _arguments ${[...specs, ...arg].join(" ")}
}`;
}

/** A zsh completion script (`#compdef`): works sourced, or saved as `_topkit` on $fpath. */
export function zshCompletion(root: CommandSpec): string {
  const functions = commandPaths(root).map(([path, spec]) => commandFunction(path, spec));
  return `#compdef topkit
# zsh completion for topkit (written by \`topkit completion zsh\`)
# Load it now:      source <(topkit completion zsh)
# Or for good:      topkit completion zsh > "\${fpath[1]}/_topkit"
${functions.join("\n")}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _topkit "$@"
else
  compdef _topkit topkit
fi
`;
}
