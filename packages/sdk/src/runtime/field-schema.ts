import { z } from "zod";
import { isPresent, limitRules, SCALAR_TESTS, typed } from "./field-schema-parts.js";
import type { FieldSpec } from "./spec.js";

type ObjectSchemaOf = (fields: readonly FieldSpec[]) => z.ZodType;

/** Type check of a single value of `type`; a struct value is checked against its own fields below its key. */
function valueSchema(spec: FieldSpec, type: FieldSpec["type"], objectSchema: ObjectSchemaOf): z.ZodType {
  const struct = spec.struct;
  if (type === "struct" && struct) {
    const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
    return typed<object>(isObject, "expected an object").pipe(
      z.lazy(() => objectSchema(struct().$fields)) as z.ZodType<unknown, object>,
    );
  }
  const [test, expected] = SCALAR_TESTS[type] ?? [isPresent, "expected a value"];
  return typed(test, expected);
}

/** Adds the doc's limits (更多限制) to a field's schema. */
function withLimits(spec: FieldSpec, schema: z.ZodType): z.ZodType {
  let out = schema;
  for (const rule of limitRules(spec)) out = out.refine(rule.test, { message: rule.message });
  return out;
}

/** The schema of one field: its type (items too, for arrays), then its limits. */
export function fieldSchema(spec: FieldSpec, objectSchema: ObjectSchemaOf): z.ZodType {
  if (spec.type !== "array") return withLimits(spec, valueSchema(spec, spec.type, objectSchema));
  const item = valueSchema(spec, spec.item ?? "unknown", objectSchema);
  const list = typed<unknown>((v) => Array.isArray(v) || typeof v === "string", "expected a list").superRefine(
    (v, ctx) => {
      // Comma-joined text is checked for its count only; arrays item by item.
      if (!Array.isArray(v)) return;
      v.forEach((element, index) => {
        const r = item.safeParse(element);
        if (!r.success) {
          for (const issue of r.error.issues) {
            ctx.addIssue({ code: "custom", message: issue.message, path: [index, ...issue.path] });
          }
        }
      });
    },
  );
  return withLimits(spec, list);
}
