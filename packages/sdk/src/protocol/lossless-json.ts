import { RawNumber } from "../runtime/raw-number.js";
import { setOwn } from "../runtime/set-own.js";

/** Options of `parseLosslessJson`. */
export interface LosslessJsonOptions {
  /**
   * Called every few thousand values while parsing; it throws to stop the parse (the client's deadline
   * check), so a large body cannot hold the event loop past the call's timeout.
   */
  readonly checkpoint?: (() => void) | undefined;
}

/** Nesting deeper than this is refused: TOP's answers nest a few levels, and deep recursion would overflow the stack. */
export const MAX_JSON_DEPTH = 512;
/** Values parsed between two `checkpoint` calls: a fraction of a millisecond of work. */
const CHECKPOINT_EVERY = 4096;

/**
 * JSON.parse that keeps every number as a `RawNumber` (its source text), because Node 20's JSON.parse
 * offers no access to a number's source (no reviver `context.source` before V8 11.4) and rounds 19-digit
 * ids. Strings without escapes are sliced straight from the text. Linear in the text: every scan moves
 * forward only (the next backslash's position is remembered, not searched again for every string).
 * Throws a SyntaxError with the offset of the first problem.
 */
export function parseLosslessJson(text: string, options?: LosslessJsonOptions): unknown {
  const parser = new LosslessJsonParser(text, options?.checkpoint);
  const value = parser.value();
  parser.end();
  return value;
}

const WS = new Uint8Array(128);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class LosslessJsonParser {
  #pos = 0;
  #depth = 0;
  /** Position of the next backslash at or after the last string's start (text.length when none): searched once per backslash. */
  #slash = -1;
  #countdown = CHECKPOINT_EVERY;
  constructor(
    readonly text: string,
    readonly checkpoint: (() => void) | undefined,
  ) {}

  end(): void {
    this.#skip();
    if (this.#pos < this.text.length) this.#fail("unexpected text after the JSON value");
  }

  value(): unknown {
    if (--this.#countdown === 0) {
      this.#countdown = CHECKPOINT_EVERY;
      this.checkpoint?.();
    }
    this.#skip();
    const c = this.text.charCodeAt(this.#pos);
    if (c === 0x7b) return this.#object();
    if (c === 0x5b) return this.#array();
    if (c === 0x22) return this.#string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.#number();
    if (this.text.startsWith("true", this.#pos)) return this.#word(4, true);
    if (this.text.startsWith("false", this.#pos)) return this.#word(5, false);
    if (this.text.startsWith("null", this.#pos)) return this.#word(4, null);
    return this.#fail(Number.isNaN(c) ? "unexpected end of JSON" : "unexpected character");
  }

  #word<T>(length: number, value: T): T {
    this.#pos += length;
    return value;
  }

  #leave<T>(length: number, value: T): T {
    this.#depth--;
    return this.#word(length, value);
  }

  #enter(): void {
    if (++this.#depth > MAX_JSON_DEPTH) this.#fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  }

  #object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.#enter();
    this.#pos++;
    this.#skip();
    if (this.text.charCodeAt(this.#pos) === 0x7d) return this.#leave(1, out);
    for (;;) {
      this.#skip();
      if (this.text.charCodeAt(this.#pos) !== 0x22) this.#fail("expected a property name");
      const key = this.#string();
      this.#skip();
      if (this.text.charCodeAt(this.#pos++) !== 0x3a) this.#fail("expected ':'", -1);
      const value = this.value();
      setOwn(out, key, value);
      if (this.#separator(0x7d)) return this.#leave(0, out);
    }
  }

  #array(): unknown[] {
    const out: unknown[] = [];
    this.#enter();
    this.#pos++;
    this.#skip();
    if (this.text.charCodeAt(this.#pos) === 0x5d) return this.#leave(1, out);
    for (;;) {
      out.push(this.value());
      if (this.#separator(0x5d)) return this.#leave(0, out);
    }
  }

  /** After a member: true at the closing bracket, false after a comma. */
  #separator(close: number): boolean {
    this.#skip();
    const c = this.text.charCodeAt(this.#pos++);
    if (c === close) return true;
    if (c !== 0x2c) this.#fail(`expected ',' or '${String.fromCharCode(close)}'`, -1);
    return false;
  }

  #string(): string {
    const start = ++this.#pos;
    const close = this.text.indexOf('"', start);
    if (close < 0) this.#fail("unterminated string");
    if (this.#nextSlash(start) > close) {
      this.#pos = close + 1;
      return this.text.slice(start, close);
    }
    return this.#escapedString(start);
  }

  /** The first backslash at or after `from` (text.length when none). */
  #nextSlash(from: number): number {
    if (this.#slash < from) {
      const next = this.text.indexOf("\\", from);
      this.#slash = next < 0 ? this.text.length : next;
    }
    return this.#slash;
  }

  #escapedString(start: number): string {
    let out = "";
    let from = start;
    let quote = -1;
    for (;;) {
      // Both searches are remembered until passed, so a string with many escapes is still read once.
      if (quote < from) quote = this.text.indexOf('"', from);
      const slash = this.#nextSlash(from);
      if (quote < 0) this.#fail("unterminated string");
      if (quote < slash) {
        this.#pos = quote + 1;
        return out + this.text.slice(from, quote);
      }
      out += this.text.slice(from, slash);
      const e = this.text[slash + 1];
      if (e === "u") {
        const hex = this.text.slice(slash + 2, slash + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.#fail("bad \\u escape", slash - this.#pos);
        out += String.fromCharCode(Number.parseInt(hex, 16));
        from = slash + 6;
      } else {
        const ch = e === undefined ? undefined : ESCAPES[e];
        if (ch === undefined) this.#fail("bad escape", slash - this.#pos);
        out += ch;
        from = slash + 2;
      }
    }
  }

  #number(): RawNumber {
    const start = this.#pos;
    const text = this.text;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) i++;
    const intStart = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === intStart || (text.charCodeAt(intStart) === 0x30 && i - intStart > 1)) this.#fail("bad number");
    if (text.charCodeAt(i) === 0x2e) {
      const fracStart = ++i;
      while (isDigit(text.charCodeAt(i))) i++;
      if (i === fracStart) this.#fail("bad number");
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      const expStart = i;
      while (isDigit(text.charCodeAt(i))) i++;
      if (i === expStart) this.#fail("bad number");
    }
    this.#pos = i;
    return new RawNumber(text.slice(start, i));
  }

  #skip(): void {
    const text = this.text;
    let i = this.#pos;
    for (let c = text.charCodeAt(i); c < 128 && WS[c] === 1; c = text.charCodeAt(++i));
    this.#pos = i;
  }

  #fail(reason: string, offset = 0): never {
    throw new SyntaxError(`invalid JSON at offset ${this.#pos + offset}: ${reason}`);
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
