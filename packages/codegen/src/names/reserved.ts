/**
 * Words that cannot name a class: JavaScript reserved words, strict-mode and TypeScript contextual
 * keywords that are errors as class names, and TypeScript's predefined type names (`class any` is an
 * error). All lower-case, so a capitalised class name never hits one.
 */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await " +
    "any unknown never object symbol bigint number boolean string undefined"
  ).split(" "),
);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}
