import { existsSync } from "node:fs";
import { type ApiIr, readIrDir } from "@topkit/sdk/ir";
import type { SdkPaths } from "../generate/workspace.js";

/** The IR the SDK was last generated from (`packages/sdk/ir`), by method: what a sync diffs against. */
export function committedIrs(paths: SdkPaths): Map<string, ApiIr> {
  const irs = existsSync(paths.ir) ? readIrDir(paths.ir) : [];
  return new Map(irs.map((ir) => [ir.method, ir]));
}

/** The file a fetched doc is stored as: `top-docs/<method>.json`. */
export const docJsonFile = (method: string) => `${method}.json`;

/** The stored form of a fetched `data`: stable 2-space JSON, so an unchanged doc gives unchanged bytes. */
export const storedDocText = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** The doc page URL recorded in the manifest (and the IR's `source.url`) for a new API. */
export const docPageUrl = (base: URL, docId: number) => new URL(`api.htm?docId=${docId}&docType=2`, base).href;
