import { fence } from "../page/fence.js";
import type { CommandHelp } from "./capture-help.js";

/** Anchor of one command's section: `topkit call` -> `topkit-call`. */
export function commandAnchor(name: string): string {
  return name.replace(/[^\w-]+/g, "-");
}

/**
 * The CLI reference: each command's `--help`, captured from the built binary when the site is built,
 * so it cannot drift from the CLI.
 */
export function cliPage(helps: readonly CommandHelp[]): string {
  return [
    "# CLI reference",
    "`topkit` calls any TOP API from a terminal (from this repository: `pnpm topkit …`). Below is the help each command prints (`topkit <command> --help`), captured from the CLI when this site was built.",
    ...helps.flatMap((h) => [`## ${h.name} {#${commandAnchor(h.name)}}`, fence("text", h.text)]),
  ].join("\n\n");
}
