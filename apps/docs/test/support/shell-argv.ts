import { execFileSync } from "node:child_process";

/**
 * The argv a POSIX shell passes to `program` for a generated command line: comment lines dropped, the
 * program swapped for `printf '%s\0'`, so quoting is checked by a real shell rather than by eye.
 */
export function shellArgv(line: string, program: string): string[] {
  const command = line
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n")
    .replace(new RegExp(`^${program} `), "printf '%s\\0' ");
  return execFileSync("sh", ["-c", command], { encoding: "utf8" }).split("\0").slice(0, -1);
}
