import { assignFields, setField } from "./assign.js";
import { checkFields } from "./check.js";
import { FileItem } from "./file-item.js";
import type { TopResponse } from "./response.js";
import type { FieldSpec } from "./spec.js";
import { toJsonSafe } from "./to-json-safe.js";
import { wireText } from "./wire-value.js";

export type ResponseClass<R extends TopResponse = TopResponse> = (new () => R) & {
  readonly $fields: readonly FieldSpec[];
};

/**
 * Base of every generated request class (Java's `BaseTaobaoRequest`). The generated subclass declares
 * its properties, setters and `$fields`; turning them into signed text params happens here.
 */
export abstract class TopRequest<R extends TopResponse = TopResponse> {
  static readonly $fields: readonly FieldSpec[] = [];
  #extraText: Record<string, string> = {};

  constructor(init?: object) {
    if (init) assignFields(this, init);
  }

  /** The TOP method name, e.g. `taobao.trade.fullinfo.get`. */
  abstract getApiMethodName(): string;

  /** The class the client builds from the answer. */
  abstract getResponseClass(): ResponseClass<R>;

  /** What generated setters call; returns `this` for chaining, as Java's setters allow. */
  protected $set(field: string, value: unknown): this {
    setField(this, field, value);
    return this;
  }

  /** This class's field list. */
  protected get $specs(): readonly FieldSpec[] {
    return (this.constructor as typeof TopRequest).$fields;
  }

  /** Business params as sent (and signed): wire name -> text, in doc order, absent ones left out. */
  getTextParams(): Record<string, string> {
    const out: Record<string, string> = {};
    const self = this as unknown as Record<string, unknown>;
    for (const spec of this.$specs) {
      if (spec.type === "file") continue;
      const value = self[spec.field];
      if (value === undefined || value === null) continue;
      out[spec.name] = wireText(spec, value);
    }
    return Object.assign(out, this.#extraText);
  }

  /** File params (multipart parts), wire name -> file. */
  getFileParams(): Record<string, FileItem> {
    const out: Record<string, FileItem> = {};
    const self = this as unknown as Record<string, unknown>;
    for (const spec of this.$specs) {
      const value = self[spec.field];
      if (spec.type === "file" && value instanceof FileItem) out[spec.name] = value;
    }
    return out;
  }

  /** Adds a text param the doc does not list (Java's `putOtherTextParam`). */
  putOtherTextParam(name: string, value: string): this {
    this.#extraText[name] = value;
    return this;
  }

  /**
   * Checks required params and the doc's limits, like Java's `check()`: throws `ApiRuleError`
   * with code `"40"` (missing) or `"41"` (invalid) and the param's wire path.
   */
  check(): void {
    checkFields(this.$specs, this);
  }

  toJSON(): Record<string, unknown> {
    return { method: this.getApiMethodName(), ...(toJsonSafe({ ...this }) as Record<string, unknown>) };
  }
}
