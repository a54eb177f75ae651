import { toStructValue } from "./assign.js";
import { fieldIndex, fieldsOf } from "./spec.js";

/** What generated setters call: assigns by property name, turning object literals into struct instances. */
export function setField(target: object, field: string, value: unknown): void {
  const spec = fieldIndex(fieldsOf(target)).get(field);
  const out = target as Record<string, unknown>;
  if (value === undefined) delete out[field];
  else out[field] = spec ? toStructValue(spec, value) : value;
}
