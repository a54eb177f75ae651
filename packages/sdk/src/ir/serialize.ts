import { parseIr } from "./load.js";
import {
  type ApiIr,
  ApiIrSchema,
  ConstraintsSchema,
  ErrorCodeSchema,
  type IrParam,
  JavaNamesSchema,
  PARAM_KEYS,
  SamplesSchema,
  SourceSchema,
} from "./schema.js";

type Shaped = { shape: object };
const keysOf = (schema: Shaped) => Object.keys(schema.shape);

/** Copies `value` with its keys in `order`, dropping undefined ones. */
function ordered(value: object, order: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function orderedParam(param: IrParam): Record<string, unknown> {
  return {
    ...ordered(param, PARAM_KEYS),
    constraints: ordered(param.constraints, keysOf(ConstraintsSchema)),
    children: param.children.map(orderedParam),
  };
}

/**
 * The IR as it is stored: validated, keys in schema order, absent optionals omitted, 2-space indent,
 * trailing newline. The same IR always gives the same bytes, so diffs of committed IR stay meaningful.
 * `compact`: no indentation, for the IR the SDK package ships (5,000 files; a third smaller).
 */
export function serializeIr(ir: ApiIr, options: { compact?: boolean } = {}): string {
  const valid = parseIr(ir, ir.method || "IR");
  // Spreading keeps each key where `ordered` put it; the overrides only normalise nested objects.
  const doc = {
    ...ordered(valid, keysOf(ApiIrSchema)),
    source: ordered(valid.source, keysOf(SourceSchema)),
    javaNames: ordered(valid.javaNames, keysOf(JavaNamesSchema)),
    request: valid.request.map(orderedParam),
    response: valid.response.map(orderedParam),
    samples: ordered(valid.samples, keysOf(SamplesSchema)),
    errorCodes: valid.errorCodes.map((e) => ordered(e, keysOf(ErrorCodeSchema))),
  };
  return `${JSON.stringify(doc, null, options.compact ? undefined : 2)}\n`;
}
