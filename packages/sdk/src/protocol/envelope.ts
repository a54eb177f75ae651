import { RawNumber } from "../runtime/raw-number.js";

/** What a response body holds: the API's content, or the content of an `error_response`. */
export interface Envelope {
  readonly content: Record<string, unknown>;
  readonly isError: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/**
 * Opens TOP's envelope: `error_response` first; else the single member of the root object (the
 * `xxx_response` wrapper). A simplify body may come without the wrapper (as the Java parser expects)
 * or with it (as the doc site shows): without a single `_response` member the root is the content.
 * Returns undefined when the body is not an object at all.
 */
export function openEnvelope(tree: unknown, simplify = false): Envelope | undefined {
  if (!isObject(tree)) return undefined;
  const error = tree.error_response;
  if (isObject(error)) return { content: error, isError: true };
  const keys = Object.keys(tree);
  if (keys.length === 1) {
    const key = keys[0]!;
    const inner = tree[key];
    if (isObject(inner) && (key.endsWith("_response") || !simplify)) return { content: inner, isError: false };
    if (inner === "" && key.endsWith("_response")) return { content: {}, isError: false };
  }
  return { content: tree, isError: false };
}
