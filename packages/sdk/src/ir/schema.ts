import { z } from "zod";
import { withParamDefaults } from "./compact.js";

/**
 * The IR: one document per TOP API, the only contract between codegen and everything downstream
 * (SDK classes, gateway, CLI, docs). Key order here is the key order on disk, so keep it stable.
 * Objects are strict: an unknown key is a bug in whoever wrote the IR, not something to ignore.
 */

/** How the SDK models a doc type (docs/architecture.md "Types"). */
export const ParamTypeSchema = z.enum([
  "string",
  "long",
  "double",
  "boolean",
  "date",
  "price",
  "json",
  "map",
  "file",
  "struct",
  "array",
  "unknown",
]);

export const ConstraintsSchema = z.strictObject({
  maxLength: z.number().int().nonnegative().optional(),
  maxListSize: z.number().int().nonnegative().optional(),
  maxValue: z.number().optional(),
  minValue: z.number().optional(),
});

export interface IrParam {
  name: string;
  field: string;
  docType: string;
  type: z.infer<typeof ParamTypeSchema>;
  itemType?: z.infer<typeof ParamTypeSchema> | undefined;
  structName?: string | undefined;
  docStructName?: string | undefined;
  required: boolean;
  example?: string | undefined;
  default?: string | undefined;
  constraints: z.infer<typeof ConstraintsSchema>;
  description: string;
  children: IrParam[];
}

/** Names that become code (fields, classes) must be identifiers: an IR file is an input too. */
const Identifier = z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, "expected an identifier");

const paramShape = {
  name: z.string().min(1),
  field: Identifier,
  docType: z.string(),
  type: ParamTypeSchema,
  itemType: ParamTypeSchema.exclude(["array"]).optional(),
  structName: Identifier.optional(),
  docStructName: z.string().min(1).optional(),
  required: z.boolean(),
  example: z.string().optional(),
  default: z.string().optional(),
  constraints: ConstraintsSchema,
  description: z.string(),
  get children(): z.ZodArray<z.ZodType<IrParam, unknown>> {
    return z.array(ParamSchema);
  },
};

/** A param; the keys the compact form leaves out (`compact.ts`) are filled in before checking. */
export const ParamSchema: z.ZodType<IrParam, unknown> = z.preprocess(
  (v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? withParamDefaults(v) : v),
  z.strictObject(paramShape),
);

/** Key order of a param on disk. */
export const PARAM_KEYS = Object.keys(paramShape) as (keyof IrParam)[];

export const SourceSchema = z.strictObject({
  form: z.enum(["doc-json", "page-text"]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected a lower-case hex sha256"),
  url: z.string().optional(),
});

export const JavaNamesSchema = z.strictObject({
  request: Identifier,
  response: Identifier,
  responseKey: z.string().min(1),
});

export const SamplesSchema = z.strictObject({
  responseJson: z.string().optional(),
  responseXml: z.string().optional(),
  responseSimplifyJson: z.string().optional(),
  errorJson: z.string().optional(),
  errorXml: z.string().optional(),
  requestJava: z.string().optional(),
});

export const ErrorCodeSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  solution: z.string().optional(),
});

/** A TOP method name; also a file name, so nothing that could leave a folder or break a path. */
export const MethodNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "expected a TOP method name (letters, digits, `.`, `_`, `-`)")
  .refine((m) => !m.includes(".."), "a method name cannot contain `..`");

export const ApiIrSchema = z.strictObject({
  method: MethodNameSchema,
  title: z.string(),
  description: z.string(),
  category: z.string().optional(),
  docId: z.number().int().positive().optional(),
  source: SourceSchema,
  labels: z.array(z.string()),
  needsSession: z.boolean(),
  javaNames: JavaNamesSchema,
  request: z.array(ParamSchema),
  response: z.array(ParamSchema),
  samples: SamplesSchema,
  errorCodes: z.array(ErrorCodeSchema),
  warnings: z.array(z.string()).optional(),
  incomplete: z.literal(true).optional(),
});

export type ParamType = z.infer<typeof ParamTypeSchema>;
export type Constraints = z.infer<typeof ConstraintsSchema>;
export type ApiIr = z.infer<typeof ApiIrSchema>;
export type IrSource = z.infer<typeof SourceSchema>;
export type JavaNames = z.infer<typeof JavaNamesSchema>;
export type IrSamples = z.infer<typeof SamplesSchema>;
export type IrErrorCode = z.infer<typeof ErrorCodeSchema>;
