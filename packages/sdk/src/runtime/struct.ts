import { assignFields, setField } from "./assign.js";
import type { StructLike } from "./init.js";
import type { FieldSpec } from "./spec.js";
import { toJsonSafe } from "./to-json-safe.js";

/**
 * Base of every generated struct class (Java's `TaobaoObject`), request or response side.
 * Subclasses declare their properties with `declare` so that nothing overwrites what this constructor assigns.
 */
export class TopStruct implements StructLike {
  static readonly $fields: readonly FieldSpec[] = [];
  declare readonly $struct: true;

  constructor(init?: object) {
    if (init) assignFields(this, init);
  }

  /** What generated setters call; returns `this` for chaining. */
  protected $set(field: string, value: unknown): this {
    setField(this, field, value);
    return this;
  }

  /** JSON-safe copy: 64-bit values as strings, dates as GMT+8 text, camelCase keys. */
  toJSON(): Record<string, unknown> {
    return toJsonSafe(this) as Record<string, unknown>;
  }
}
