import { type ApiIr, bundledIrOf } from "@topkit/sdk/ir";
import { SEED } from "./paths.js";

/** The seed API's IR as the SDK ships it. */
export function seedIr(): ApiIr {
  const ir = bundledIrOf(SEED);
  if (!ir) throw new Error(`@topkit/sdk ships no IR for ${SEED}`);
  return ir;
}
