import { isIdentifier, toIdentifier, upperFirst } from "./identifier.js";
import { isReservedWord } from "./reserved.js";

/**
 * The struct class name the doc's type column gives: `Foo []` -> `Foo` (spaces and `[]` removed,
 * the name otherwise unchanged, as the Java SDK's inner classes are named). A name that cannot be a TS
 * class name (`default`, `any`, `Foo-Bar`) is made one: `Default`, `Any`, `FooBar`.
 */
export function structNameOf(docType: string): string {
  const bare = docType.replace(/\s+/g, "").replace(/(\[\])+$/, "");
  return isIdentifier(bare) && !isReservedWord(bare) ? bare : upperFirst(toIdentifier(bare));
}
