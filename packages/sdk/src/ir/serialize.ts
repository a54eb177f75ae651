import { COMPACT_KEYS, isDefaultValue, takeTexts } from "./compact.js";
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

function orderedParam(param: IrParam, compact: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...ordered(param, PARAM_KEYS),
    constraints: ordered(param.constraints, keysOf(ConstraintsSchema)),
    children: param.children.map((c) => orderedParam(c, compact)),
  };
  // Keys whose value follows from the rest (compact.ts): 30 % of the shipped IR was such keys.
  if (compact) for (const key of COMPACT_KEYS) if (isDefaultValue(param, key)) delete out[key];
  return out;
}

/**
 * The IR as it is stored: validated, keys in schema order, absent optionals omitted, 2-space indent,
 * trailing newline. The same IR always gives the same bytes, so diffs of committed IR stay meaningful.
 * `compact`: no indentation, and no param key whose value follows from the others (`compact.ts`), for the
 * IR the SDK package ships, which the API modules load too (5,313 files: 15.2 MB instead of 39.1 MB pretty).
 */
export function serializeIr(ir: ApiIr, options: { compact?: boolean } = {}): string {
  const compact = options.compact === true;
  return `${JSON.stringify(storedDoc(ir, compact), null, compact ? undefined : 2)}\n`;
}

/** The IR validated and laid out as it is stored (see `serializeIr`), as a plain object. */
function storedDoc(ir: ApiIr, compact: boolean): Record<string, unknown> {
  const valid = parseIr(ir, ir.method || "IR");
  // Spreading keeps each key where `ordered` put it; the overrides only normalise nested objects.
  return {
    ...ordered(valid, keysOf(ApiIrSchema)),
    source: ordered(valid.source, keysOf(SourceSchema)),
    javaNames: ordered(valid.javaNames, keysOf(JavaNamesSchema)),
    request: valid.request.map((p) => orderedParam(p, compact)),
    response: valid.response.map((p) => orderedParam(p, compact)),
    samples: ordered(valid.samples, keysOf(SamplesSchema)),
    errorCodes: valid.errorCodes.map((e) => ordered(e, keysOf(ErrorCodeSchema))),
  };
}

/**
 * The IR as the SDK package ships it, two files per API (`compact.ts`): `ir/<method>.json`, the compact IR's
 * structure (what the API module loads, and so what a bundler copies into an app: for the seed 0.7 KB instead
 * of 6 KB), and `ir/text/<method>.json`, everything else. `readIrFile` joins them.
 */
export function shippedIr(ir: ApiIr): { structure: string; text: string } {
  const doc = storedDoc(ir, true);
  const text = takeTexts(doc);
  return { structure: `${JSON.stringify(doc)}\n`, text: `${JSON.stringify(text)}\n` };
}
