import { z } from "zod";
import { ApiRuleError } from "../errors/api-rule-error.js";
import { formatIssuePath } from "../ir/errors.js";
import { checkTree } from "./check-tree.js";
import { fieldSchema } from "./field-schema.js";
import { REQUIRED } from "./field-schema-parts.js";
import { passesAll } from "./quick-check.js";
import type { FieldSpec } from "./spec.js";

const schemas = new WeakMap<readonly FieldSpec[], z.ZodType>();

/** The zod schema of one class's fields, keyed by wire name; built once per class. */
export function objectSchema(fields: readonly FieldSpec[]): z.ZodType {
  let schema = schemas.get(fields);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const spec of fields) {
      const one = fieldSchema(spec, objectSchema);
      shape[spec.name] = spec.required ? one : one.optional();
    }
    schema = z.looseObject(shape);
    schemas.set(fields, schema);
  }
  return schema;
}

/** Validates `value` against `fields`; throws the first problem as an `ApiRuleError` (40 or 41). */
export function checkFields(fields: readonly FieldSpec[], value: object): void {
  if (passesAll(fields, value)) return;
  const result = objectSchema(fields).safeParse(checkTree(fields, value));
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const path = formatIssuePath(issue.path);
  if (issue.message === REQUIRED) throw new ApiRuleError("40", path, "required");
  throw new ApiRuleError("41", path, issue.message);
}
