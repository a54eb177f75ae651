import { RawNumber } from "../runtime/raw-number.js";
import { setOwn } from "../runtime/set-own.js";

/**
 * JSON.parse that keeps every number as a `RawNumber` (its source text), because Node 20's JSON.parse
 * offers no access to a number's source and rounds 19-digit ids. Strings without escapes are sliced
 * straight from the text, which keeps this within a small factor of the native parser on TOP's bodies.
 * Throws a SyntaxError with the offset of the first problem.
 */
export function parseLosslessJson(text: string): unknown {
  const parser = new LosslessJsonParser(text);
  const value = parser.value();
  parser.end();
  return value;
}

const WS = new Uint8Array(128);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class LosslessJsonParser {
  #pos = 0;
  constructor(readonly text: string) {}

  end(): void {
    this.#skip();
    if (this.#pos < this.text.length) this.#fail("unexpected text after the JSON value");
  }

  value(): unknown {
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

  #object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.#pos++;
    this.#skip();
    if (this.text.charCodeAt(this.#pos) === 0x7d) return this.#word(1, out);
    for (;;) {
      this.#skip();
      if (this.text.charCodeAt(this.#pos) !== 0x22) this.#fail("expected a property name");
      const key = this.#string();
      this.#skip();
      if (this.text.charCodeAt(this.#pos++) !== 0x3a) this.#fail("expected ':'", -1);
      const value = this.value();
      setOwn(out, key, value);
      if (this.#separator(0x7d)) return out;
    }
  }

  #array(): unknown[] {
    const out: unknown[] = [];
    this.#pos++;
    this.#skip();
    if (this.text.charCodeAt(this.#pos) === 0x5d) return this.#word(1, out);
    for (;;) {
      out.push(this.value());
      if (this.#separator(0x5d)) return out;
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
    const slash = this.text.indexOf("\\", start);
    if (slash < 0 || slash > close) {
      this.#pos = close + 1;
      return this.text.slice(start, close);
    }
    return this.#escapedString(start);
  }

  #escapedString(start: number): string {
    let out = "";
    let from = start;
    for (;;) {
      const quote = this.text.indexOf('"', from);
      const slash = this.text.indexOf("\\", from);
      if (quote < 0) this.#fail("unterminated string");
      if (slash < 0 || quote < slash) {
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
