import { parseIr } from "@topkit/sdk/ir";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { InputError, parsePageText } from "../../src/parse/index.js";
import { corpusPages, pageText, seedText } from "./support/corpus.js";

/** The seed, and every corpus page when ../shared is there. */
const pages = [seedText(), ...corpusPages().map(pageText)];

/**
 * The property: a damaged page gives a valid IR (with or without warnings) or an `InputError` that
 * names the file — never any other exception.
 */
function readsOrRefuses(text: string, allowIncomplete: boolean): void {
  try {
    const ir = parsePageText(text, { file: "damaged.txt", allowIncomplete });
    parseIr(ir, "damaged.txt");
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message.startsWith("damaged.txt: ")).toBe(true);
  }
}

const page = fc.constantFrom(...pages);
const lines = (text: string) => text.split("\n");
const runs = { numRuns: Number(process.env.PAGE_TEXT_RUNS ?? 150) };

describe("damaged pages never end in an unexpected exception", () => {
  test("lines dropped", () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (text, drops, allow) => {
        const all = lines(text);
        const gone = new Set(drops.map((d) => d % all.length));
        readsOrRefuses(all.filter((_, i) => !gone.has(i)).join("\n"), allow);
      }),
      runs,
    );
  });

  test("lines duplicated", () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (text, dups, allow) => {
        const all = lines(text);
        const twice = new Set(dups.map((d) => d % all.length));
        readsOrRefuses(all.flatMap((l, i) => (twice.has(i) ? [l, l] : [l])).join("\n"), allow);
      }),
      runs,
    );
  });

  test("truncated at any byte", () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.boolean(), (text, at, allow) => {
        const bytes = Buffer.from(text, "utf8");
        readsOrRefuses(bytes.subarray(0, at % (bytes.length + 1)).toString("utf8"), allow);
      }),
      runs,
    );
  });

  test("bullets reordered", () => {
    fc.assert(
      fc.property(
        page,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        fc.boolean(),
        (text, swaps, allow) => {
          const all = lines(text);
          const bullets = all.flatMap((l, i) => (/^\s*•/.test(l) ? [i] : []));
          if (bullets.length < 2) return;
          for (const [a, b] of swaps) {
            const i = bullets[a % bullets.length]!;
            const j = bullets[b % bullets.length]!;
            [all[i], all[j]] = [all[j]!, all[i]!];
          }
          readsOrRefuses(all.join("\n"), allow);
        },
      ),
      runs,
    );
  });

  test("arbitrary text and arbitrary lines spliced into a page", () => {
    fc.assert(
      fc.property(
        page,
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: "grapheme", maxLength: 40 })), { maxLength: 6 }),
        (text, inserts) => {
          const all = lines(text);
          for (const [at, line] of inserts) all.splice(at % (all.length + 1), 0, line);
          readsOrRefuses(all.join("\n"), true);
        },
      ),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => readsOrRefuses(text, true)),
      runs,
    );
  });
});
