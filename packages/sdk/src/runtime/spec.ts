import type { ParamType } from "../ir/schema.js";

/**
 * What the runtime needs to know about one field of a generated class: the IR param, trimmed.
 * Generated classes list theirs in a static `$fields`; serialising, checking and reading responses
 * are all driven by it, so generated modules stay declarations and the logic lives here once.
 */
export interface FieldSpec {
  /** Wire name, as sent and received. */
  readonly name: string;
  /** Property name on the class. */
  readonly field: string;
  readonly type: ParamType;
  /** Item type of an `array`. */
  readonly item?: Exclude<ParamType, "array">;
  /** Struct class of a `struct` or of an array of structs. */
  readonly struct?: () => StructClass;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly maxListSize?: number;
  readonly maxValue?: number;
  readonly minValue?: number;
}

/** A generated class: anything carrying a static field list. */
export interface Described {
  readonly $fields: readonly FieldSpec[];
}

// biome-ignore lint/suspicious/noExplicitAny: a constructor of any struct subclass
export type StructClass = Described & (new (init?: any) => object);

/** The field list of an instance's class. */
export function fieldsOf(instance: object): readonly FieldSpec[] {
  return (instance.constructor as Partial<Described>).$fields ?? [];
}

const indexes = new WeakMap<readonly FieldSpec[], ReadonlyMap<string, FieldSpec>>();

/** A class's fields by property name, built once per class (constructors and setters look fields up per call). */
export function fieldIndex(fields: readonly FieldSpec[]): ReadonlyMap<string, FieldSpec> {
  let index = indexes.get(fields);
  if (!index) {
    index = new Map(fields.map((f) => [f.field, f]));
    indexes.set(fields, index);
  }
  return index;
}

const itemSpecs = new WeakMap<FieldSpec, FieldSpec>();

/** The spec of one item of an array field (its item type in place of `array`), made once per field. */
export function itemSpecOf(spec: FieldSpec): FieldSpec {
  let item = itemSpecs.get(spec);
  if (!item) {
    item = { ...spec, type: spec.item ?? "unknown" };
    itemSpecs.set(spec, item);
  }
  return item;
}
