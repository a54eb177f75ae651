export interface JavaSample {
  code: string;
  /** `execute(req, sessionKey)`: the API needs a user session. */
  needsSession: boolean;
  /** Inner classes instantiated: `new XRequest.Foo()` -> `Foo`. */
  structClasses: string[];
  /** Setters given a `new FileItem(...)`: `setFile` -> `file`. */
  fileSetters: string[];
}

/** The Java sample of 请求示例: from the `TaobaoClient` line (language tabs before it are page chrome). */
export function readJavaSample(lines: readonly string[]): JavaSample | undefined {
  const start = lines.findIndex((l) => /\bTaobaoClient\b|new\s+\w+Request\s*\(/.test(l));
  if (start < 0) return undefined;
  const code = lines.slice(start).join("\n").replace(/\s+$/, "");
  const structClasses = [...code.matchAll(/new\s+\w+Request\.(\w+)\s*\(/g)].map((m) => m[1]!);
  const fileSetters = [...code.matchAll(/\.set(\w+)\(\s*new\s+FileItem\s*\(/g)].map((m) => m[1]!);
  return {
    code,
    needsSession: /\.execute\(\s*\w+\s*,\s*\w+\s*\)/.test(code),
    structClasses: [...new Set(structClasses)],
    fileSetters,
  };
}
