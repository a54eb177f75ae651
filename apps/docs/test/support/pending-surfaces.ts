/**
 * Public SDK surfaces the docs show that other issues are still building. A snippet using one that the
 * SDK does not export yet is reported as pending (skipped, with a notice) rather than failed; once the
 * export exists, the snippet is type-checked like any other.
 */
const SURFACES: readonly { module: "@topkit/sdk" | "@topkit/sdk/testing"; name: string; issue: string }[] = [
  { module: "@topkit/sdk", name: "DefaultTaobaoClient", issue: "issue 5 (client)" },
  { module: "@topkit/sdk", name: "signTopRequest", issue: "issue 5 (client)" },
  { module: "@topkit/sdk", name: "explainSignature", issue: "issue 5 (client)" },
  { module: "@topkit/sdk/testing", name: "createLocalGateway", issue: "issue 6 (gateway)" },
];

/** The surfaces the built SDK does not export yet, as `name (issue)`. */
export async function missingSurfaces(): Promise<Map<string, string>> {
  const modules = {
    "@topkit/sdk": (await import("@topkit/sdk")) as Record<string, unknown>,
    "@topkit/sdk/testing": (await import("@topkit/sdk/testing")) as Record<string, unknown>,
  };
  return new Map(SURFACES.filter((s) => !(s.name in modules[s.module])).map((s) => [s.name, s.issue]));
}

/** The missing surfaces a snippet uses, e.g. `DefaultTaobaoClient (issue 5 (client))`. */
export function pendingIn(code: string, missing: ReadonlyMap<string, string>): string[] {
  return [...missing].filter(([name]) => new RegExp(`\\b${name}\\b`).test(code)).map(([n, i]) => `${n} (${i})`);
}
