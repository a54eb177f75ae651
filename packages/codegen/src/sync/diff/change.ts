/** Changesets' bump levels, for `@topkit/sdk`. */
export type Bump = "major" | "minor" | "patch";

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The larger of the bumps (a release is as big as its biggest change); undefined for none. */
export function maxBump(bumps: Iterable<Bump>): Bump | undefined {
  let out: Bump | undefined;
  for (const b of bumps) if (out === undefined || RANK[b] > RANK[out]) out = b;
  return out;
}

/** One thing that changed, in words, with the bump it calls for. */
export interface Change {
  bump: Bump;
  text: string;
}

/** What happened to one API between the committed IR and the new one. */
export interface ApiDiff {
  method: string;
  title: string;
  kind: "added" | "removed" | "changed";
  bump: Bump;
  changes: Change[];
}

/** Doc text made safe for one line of Markdown: no line breaks, no backticks or brackets, at most 60 characters. */
export function oneLine(text: string): string {
  const one = text.replace(/[\r\n\t`[\]<>]+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
}

/**
 * Doc text in a message or a changelog line, as inline code: a doc can neither break the Markdown around it
 * nor smuggle in a heading, a link or HTML.
 */
export function code(text: string): string {
  return `\`${oneLine(text)}\``;
}
