import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import { docInputs } from "../../src/cli/read-inputs.js";
import { InputError, parseDoc } from "../../src/parse/index.js";

export interface CorpusParse {
  irs: ApiIr[];
  /** `<file>: <reason>` of every doc that was refused. */
  refused: string[];
}

/** Parses every doc of ../shared/corpus/top-metadata (folders as the CLI reads them, with catelog.json categories). */
export function parseCorpus(shared: string): CorpusParse {
  const irs: ApiIr[] = [];
  const refused: string[] = [];
  for (const doc of docInputs([join(shared, "corpus", "top-metadata")])) {
    try {
      irs.push(parseDoc(readFileSync(doc.file, "utf8"), { file: doc.file, category: doc.category }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      refused.push(e.message);
    }
  }
  return { irs, refused };
}
