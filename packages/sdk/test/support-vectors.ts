import { readFileSync } from "node:fs";

export interface SignVector {
  readonly name: string;
  readonly secret: string;
  readonly params: Record<string, string>;
  readonly canonical: string;
  readonly sign: string;
}

/** The signature vectors copied from ../shared/sign-vectors.json into the repo. */
export const signVectors = JSON.parse(
  readFileSync(new URL("./fixtures/sign-vectors.json", import.meta.url), "utf8"),
) as {
  timestamp: { epochMs: number; gmt8: string };
  cases: SignVector[];
};
