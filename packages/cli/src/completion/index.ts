import type { Command } from "commander";
import { bashCompletion } from "./bash.js";
import { fishCompletion } from "./fish.js";
import { commandSpec } from "./spec.js";
import { zshCompletion } from "./zsh.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** The completion script for `shell`, from the live command tree and the SDK's method names. */
export function completionScript(shell: Shell, program: Command, methods: readonly string[]): string {
  const spec = commandSpec(program, methods);
  if (shell === "bash") return bashCompletion(spec);
  if (shell === "zsh") return zshCompletion(spec);
  return fishCompletion(spec);
}
