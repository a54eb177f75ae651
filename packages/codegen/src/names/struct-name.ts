import { isIdentifier, toIdentifier, upperFirst } from "./identifier.js";

/**
 * The struct class name the doc's type column gives: `Foo []` -> `Foo` (spaces and `[]` removed,
 * the name otherwise unchanged, as the Java SDK's inner classes are named).
 */
export function structNameOf(docType: string): string {
  const bare = docType.replace(/\s+/g, "").replace(/(\[\])+$/, "");
  return isIdentifier(bare) ? bare : upperFirst(toIdentifier(bare));
}
