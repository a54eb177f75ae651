import type { Constraints } from "@topkit/sdk/ir";

/**
 * A param as a parser read it, before names and types are settled: what both the doc-JSON and
 * the page-text parser produce, and all `buildParams` needs.
 */
export interface RawParam {
  name: string;
  docType: string | undefined;
  required: boolean;
  example?: string | undefined;
  default?: string | undefined;
  constraints: Constraints;
  description: string;
  children: RawParam[];
}
