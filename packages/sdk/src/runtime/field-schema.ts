import { z } from "zod";
import {
  compareNumber,
  isBoolean,
  isDate,
  isDouble,
  isFile,
  isLong,
  isMap,
  isPresent,
  isPrice,
  isString,
  listItems,
  typed,
} from "./field-schema-parts.js";
import type { FileItem } from "./file-item.js";
import type { FieldSpec } from "./spec.js";

type ObjectSchemaOf = (fields: readonly FieldSpec[]) => z.ZodType;

const scalarTests: Record<string, [(v: unknown) => boolean, string]> = {
  string: [isString, "expected text"],
  long: [isLong, "expected an integer (bigint, safe integer or decimal digits)"],
  double: [isDouble, "expected a finite number"],
  boolean: [isBoolean, "expected true or false"],
  date: [isDate, "expected a Date or `yyyy-MM-dd HH:mm:ss` text"],
  price: [isPrice, "expected a decimal amount"],
  map: [isMap, "expected an object of text values"],
  file: [isFile, "expected a FileItem"],
};

/** Type check of a single value of `type`; a struct value is checked against its own fields below its key. */
function valueSchema(spec: FieldSpec, type: FieldSpec["type"], objectSchema: ObjectSchemaOf): z.ZodType {
  const struct = spec.struct;
  if (type === "struct" && struct) {
    const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
    return typed<object>(isObject, "expected an object").pipe(
      z.lazy(() => objectSchema(struct().$fields)) as z.ZodType<unknown, object>,
    );
  }
  const [test, expected] = scalarTests[type] ?? [isPresent, "expected a value"];
  return typed(test, expected);
}

/** Adds the doc's limits (更多限制) to a field's schema. */
function withLimits(spec: FieldSpec, schema: z.ZodType): z.ZodType {
  const { maxLength, maxListSize, maxValue, minValue } = spec;
  let out = schema;
  if (maxLength !== undefined) {
    out = out.refine((v) => (spec.type === "file" ? ((v as FileItem).knownSize ?? 0) : String(v).length) <= maxLength, {
      message: spec.type === "file" ? `at most ${maxLength} bytes` : `at most ${maxLength} characters`,
    });
  }
  if (maxListSize !== undefined) {
    out = out.refine((v) => listItems(v).length <= maxListSize, { message: `at most ${maxListSize} items` });
  }
  if (maxValue !== undefined) {
    out = out.refine((v) => compareNumber(v, maxValue) <= 0, { message: `at most ${maxValue}` });
  }
  if (minValue !== undefined) {
    out = out.refine((v) => compareNumber(v, minValue) >= 0, { message: `at least ${minValue}` });
  }
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
