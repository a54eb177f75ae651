import { createHash } from "node:crypto";

/** What a parser knows about an input besides its text: where it came from and what the manifest says. */
export interface ParseContext {
  /** Path shown in messages. */
  file: string;
  /** Category from a breadcrumb-less source: `catelog.json` beside the doc, or the manifest. */
  category?: string | undefined;
  docId?: number | undefined;
  url?: string | undefined;
  /** Write what was read of a cut page, marked `incomplete: true`, instead of refusing it. */
  allowIncomplete?: boolean | undefined;
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}
