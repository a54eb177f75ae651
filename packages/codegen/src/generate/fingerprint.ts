import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../fs/write-tree.js";

/** Every file under `dir` (names and bytes) into `hash`. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const file of listFiles(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dir, file)));
  }
}

let memo: string | null | undefined;

/**
 * What generated output depends on besides its inputs: this package's own code (the folder this module
 * was loaded from, `dist/` or `src/`), the SDK's IR module (examples, serialisation) and ts-morph. A reused
 * module is only valid for the same fingerprint, so any change to the generator re-emits everything.
 * Undefined where the code's location is unknown (e.g. a bundled CommonJS copy): then nothing is reused.
 */
export function generatorFingerprint(): string | undefined {
  if (memo !== undefined) return memo ?? undefined;
  memo = null;
  try {
    const here = fileURLToPath(import.meta.url);
    const require = createRequire(here);
    const hash = createHash("sha256");
    hashTree(hash, dirname(dirname(here)));
    hashTree(hash, dirname(require.resolve("@topkit/sdk/ir")));
    const tsMorph = join(dirname(require.resolve("ts-morph")), "..", "package.json");
    if (existsSync(tsMorph)) hash.update(readFileSync(tsMorph));
    memo = hash.digest("hex");
  } catch {
    memo = null;
  }
  return memo ?? undefined;
}
