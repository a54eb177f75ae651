import { type FieldSpec, fieldIndex, fieldsOf } from "./spec.js";

// Putting values on a generated instance by property name: the constructor's object literal and the setters.

/** Turns an object literal (or an instance) into an instance of the field's struct class. */
export function toStructValue(spec: FieldSpec, value: unknown): unknown {
  const make = spec.struct;
  if (!make || value === null || typeof value !== "object") return value;
  const Struct = make();
  if (spec.type === "array" && Array.isArray(value)) {
    return value.map((v) => (v instanceof Struct || v === null || typeof v !== "object" ? v : new Struct(v)));
  }
  if (spec.type === "struct" && !(value instanceof Struct) && !Array.isArray(value)) return new Struct(value);
  return value;
}

/**
 * Copies known properties of `init` onto `target` by field name, converting nested literals into struct
 * instances. Unknown keys are refused: a typo in an object literal should not silently send nothing.
 */
export function assignFields(target: object, init: object): void {
  const fields = fieldsOf(target);
  const byField = fieldIndex(fields);
  const out = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(init)) {
    const spec = byField.get(key);
    if (!spec) {
      if (key === "$struct") continue;
      const known = fields.map((f) => f.field).join(", ") || "(none)";
      throw new TypeError(`${target.constructor.name}: unknown property "${key}"; known: ${known}`);
    }
    if (value !== undefined) out[key] = toStructValue(spec, value);
  }
}

/** What generated setters call: assigns by property name, turning object literals into struct instances. */
export function setField(target: object, field: string, value: unknown): void {
  const spec = fieldIndex(fieldsOf(target)).get(field);
  const out = target as Record<string, unknown>;
  if (value === undefined) delete out[field];
  else out[field] = spec ? toStructValue(spec, value) : value;
}
