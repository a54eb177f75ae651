import { type CommandSpec, commandPaths } from "./spec.js";

/** A `case` function: for each command path, the words it echoes. */
function caseFunction(name: string, entries: readonly [string, readonly string[]][]): string {
  const arms = entries
    .filter(([, words]) => words.length > 0)
    .map(([key, words]) => `    "${key}") echo "${words.join(" ")}" ;;`);
  return [`${name}() {`, '  case "$1" in', ...arms, "  esac", "}"].join("\n");
}

/**
 * A bash completion script for the tree: subcommands, options per command, choices of option values,
 * and the first argument's values (method names, shells, setting keys). Plain `case` statements, so it
 * also runs on bash 3.2 (macOS).
 */
export function bashCompletion(root: CommandSpec): string {
  const paths = commandPaths(root);
  // Fixed values are echoed; "@files" asks for file names; other free values get nothing.
  const valueArms = paths.flatMap(([path, spec]) =>
    spec.options
      .filter((o) => o.takesValue && (o.values || o.files))
      .map(
        (o) =>
          `    ${o.flags.map((f) => `"${path} ${f}"`).join("|")}) echo "${o.values ? o.values.join(" ") : "@files"}" ;;`,
      ),
  );
  return `# bash completion for topkit (written by \`topkit completion bash\`)
# Load it now:      source <(topkit completion bash)
# Or for good:      topkit completion bash > ~/.local/share/bash-completion/completions/topkit
${caseFunction(
  "_topkit_subcommands",
  paths.map(([p, s]) => [p, s.commands.map((c) => c.name)]),
)}
${caseFunction(
  "_topkit_options",
  paths.map(([p, s]) => [p, s.options.flatMap((o) => o.flags)]),
)}
${caseFunction(
  "_topkit_value_options",
  paths.map(([p, s]) => [p, s.options.filter((o) => o.takesValue).flatMap((o) => o.flags)]),
)}
${caseFunction(
  "_topkit_arguments",
  paths.map(([p, s]) => [p, s.argValues]),
)}
_topkit_option_values() {
  case "$1 $2" in
${valueArms.join("\n")}
  esac
}
_topkit() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="" nargs=0 skip=0 i w values subs
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      -*=*) ;;
      -*) [[ " $(_topkit_value_options "$cmd") " == *" $w "* ]] && skip=1 ;;
      *)
        if ((nargs == 0)) && [[ " $(_topkit_subcommands "$cmd") " == *" $w "* ]]; then
          cmd="\${cmd:+$cmd }$w"
        else
          nargs=$((nargs + 1))
        fi ;;
    esac
  done
  if [[ " $(_topkit_value_options "$cmd") " == *" $prev "* ]]; then
    values="$(_topkit_option_values "$cmd" "$prev")"
    if [[ $values == @files ]]; then COMPREPLY=($(compgen -f -- "$cur")); else COMPREPLY=($(compgen -W "$values" -- "$cur")); fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_topkit_options "$cmd")" -- "$cur"))
    return 0
  fi
  subs="$(_topkit_subcommands "$cmd")"
  if [[ -n $subs && $nargs -eq 0 ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  elif ((nargs == 0)); then
    COMPREPLY=($(compgen -W "$(_topkit_arguments "$cmd")" -- "$cur"))
  fi
  return 0
}
complete -F _topkit topkit
`;
}
