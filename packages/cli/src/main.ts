import { Command, CommanderError } from "commander";
import { version } from "./version.js";

/** The `topkit` CLI. For now it only knows its version; commands arrive with the client and gateway. */
export function main(argv: string[] = process.argv): void {
  const program = new Command("topkit")
    .description("Call any Taobao Open Platform (TOP) API from the terminal")
    .version(version, "-v, --version")
    .exitOverride();
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
    else throw e;
  }
}
