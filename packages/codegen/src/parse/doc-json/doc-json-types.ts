import { z } from "zod";

/** A param as the doc endpoint (and its projection in top-metadata) serves it; unknown keys are ignored. */
export interface DocJsonParam {
  name?: string | null | undefined;
  type?: string | null | undefined;
  required?: boolean | null | undefined;
  description?: string | null | undefined;
  demoValue?: string | null | undefined;
  defaultValue?: string | null | undefined;
  maxLength?: number | string | null | undefined;
  maxListSize?: number | string | null | undefined;
  maxValue?: number | string | null | undefined;
  minValue?: number | string | null | undefined;
  subParams?: DocJsonParam[] | null | undefined;
}

const limit = z.union([z.number(), z.string()]).nullish();
const text = z.string().nullish();

export const DocJsonParamSchema: z.ZodType<DocJsonParam> = z.looseObject({
  name: text,
  type: text,
  required: z.boolean().nullish(),
  description: text,
  demoValue: z.union([z.string(), z.number().transform(String)]).nullish(),
  defaultValue: z.union([z.string(), z.number().transform(String)]).nullish(),
  maxLength: limit,
  maxListSize: limit,
  maxValue: limit,
  minValue: limit,
  get subParams() {
    return z.array(DocJsonParamSchema).nullish();
  },
});

/** The `data` object of getDocument.json (and the top-metadata projection of it). */
export const DocJsonSchema = z.looseObject({
  name: z.string().nullish(),
  apiChineseName: text,
  description: text,
  id: z.number().nullish(),
  labels: z.array(z.looseObject({ key: text, displayName: text })).nullish(),
  requestParams: z.array(DocJsonParamSchema).nullish(),
  responseParams: z.array(DocJsonParamSchema).nullish(),
  errorCodes: z
    .array(z.looseObject({ errorCode: z.union([z.string(), z.number()]).nullish(), errorMsg: text, solution: text }))
    .nullish(),
  rspSampleJson: text,
  rspSampleXml: text,
  rspSampleSimplifyJson: text,
  apiErrDemoJson: text,
  apiErrDemoXml: text,
  /** The endpoint's code samples per SDK language; read for its Java sample only (see `javaSampleOf`). */
  sdkDemos: z.unknown().optional(),
});

export type DocJson = z.infer<typeof DocJsonSchema>;
