// The subpaths a package really exports, with wildcard exports expanded to the files the tarball ships,
// so attw checks every `@topkit/sdk/apis/<method>` instead of skipping the wildcard.

/**
 * The file pattern a (possibly nested) export target points at: the first string found, e.g. `./dist/x/*.mjs`.
 * @param {unknown} target
 * @returns {string | undefined}
 */
function firstTarget(target) {
  if (typeof target === "string") return target;
  if (target && typeof target === "object") {
    for (const value of Object.values(target)) {
      const found = firstTarget(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** @param {string} s */
const escapeRegExp = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * What `*` stands for in each shipped file matching `pattern` (`./dist/apis/*.mjs`).
 * @param {string} pattern
 * @param {string[]} files
 * @returns {string[]}
 */
function wildcardValues(pattern, files) {
  const [head = "", tail = ""] = pattern.replace(/^\.\//, "").split("*");
  const re = new RegExp(`^${escapeRegExp(head)}([^/]+)${escapeRegExp(tail)}$`);
  return files.flatMap((f) => (re.exec(f)?.slice(1, 2) ?? []).filter((v) => v !== undefined));
}

/**
 * Every subpath of `pkg.exports` (`.`, `./ir`, `./apis/<each shipped API>`), given the tarball's file list.
 * A wildcard export that matches no shipped file is an error: it would export nothing.
 * @param {{ name: string, exports?: string | Record<string, unknown> }} pkg
 * @param {string[]} files
 * @returns {string[]}
 */
export function exportedSubpaths(pkg, files) {
  const exportsField = typeof pkg.exports === "string" ? { ".": pkg.exports } : (pkg.exports ?? {});
  const keys = Object.keys(exportsField);
  return keys.flatMap((key) => {
    if (!key.includes("*")) return [key];
    const target = firstTarget(exportsField[key]);
    const values = target ? wildcardValues(target, files) : [];
    if (values.length === 0) throw new Error(`${pkg.name}: export "${key}" (${target}) matches no packed file`);
    return values.sort().map((v) => key.replace("*", v));
  });
}
