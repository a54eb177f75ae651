export { type Envelope, errorFieldsOf, type NotAnEnvelope, openEnvelope, responseKey } from "./envelope.js";
export { type LosslessJsonOptions, MAX_JSON_DEPTH, parseLosslessJson } from "./lossless-json.js";
export { maskSessionKey, SECRET_MASK, secretMasker } from "./mask.js";
export { parseBody } from "./parse-body.js";
export {
  assertSignMethod,
  canonicalString,
  explainSignature,
  SIGN_METHODS,
  type SignableParams,
  type SignMethod,
  signTopRequest,
  type TopSigner,
  topSigner,
} from "./sign.js";
export {
  businessParams,
  type CallIdentity,
  type ResponseFormat,
  type SignedParams,
  SYSTEM_PARAM_NAMES,
  signedSystemParams,
  signParams,
  systemParams,
} from "./system-params.js";
