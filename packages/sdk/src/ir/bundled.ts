import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readIrDir, readIrFile } from "./load.js";
import { type ApiIr, MethodNameSchema } from "./schema.js";

/**
 * The IR folder shipped inside this package (`@topkit/sdk/ir/*.json`): the same documents the classes
 * were generated from. Both `src/ir` and `dist/ir` sit two levels below the package root.
 */
export function bundledIrDir(): string {
  return fileURLToPath(new URL("../../ir/", import.meta.url));
}

/** Every API's IR shipped with the SDK. */
export function bundledIr(): ApiIr[] {
  return readIrDir(bundledIrDir());
}

/** One API's shipped IR, or undefined when the SDK has no such API. */
export function bundledIrOf(method: string): ApiIr | undefined {
  const path = join(bundledIrDir(), `${method}.json`);
  // The same name rule the IR schema applies, so an odd name can never reach outside the IR folder.
  return MethodNameSchema.safeParse(method).success && existsSync(path) ? readIrFile(path) : undefined;
}
