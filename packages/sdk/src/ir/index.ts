// TOP's list item name rule lives with the wire protocol; it is exported here for everything that writes
// or reads list wrappers from an IR (the gateway, the docs' samples).

// The response key rule lives with the envelope it opens; codegen records it in the IR from here.
export { responseKey } from "../protocol/envelope.js";
export { listItemWire, listItemWireOf } from "../protocol/list-item-wire.js";
export { bundledIr, bundledIrDir, bundledIrOf } from "./bundled.js";
export {
  type CallLineOptions,
  type CurlRequest,
  curlCommand,
  memberPathPrefix,
  paramText,
  shellCommand,
  shellWord,
  topkitCallLine,
} from "./call-lines.js";
export { type CompactParam, expandParams, irTextFile } from "./compact.js";
export {
  INT64_MAX,
  INT64_MIN,
  INT64_RANGE_REASON,
  int64Of,
  isIntegerText,
  type Limits,
  limitPhrase,
  limitPhrases,
  scalarOfText,
} from "./doc-values.js";
export { ApiIrError, formatIssuePath } from "./errors.js";
export {
  type ExampleEntry,
  exampleEntries,
  exampleInit,
  exampleLiteral,
  type RequiredRule,
  requiredRule,
  type TsExampleOptions,
  tsExample,
  wireExampleTree,
} from "./example.js";
export { irFromFiles, parseIr, readIrDir, readIrFile, safeParseIr } from "./load.js";
export { type ClassKind, type ClassMember, classMembers, upperFirst } from "./members.js";
export * from "./schema.js";
export { serializeIr, shippedIr } from "./serialize.js";
export { type StructDef, structsOf } from "./structs.js";
export { type TsSide, type TsTypeNames, tsType } from "./ts-type.js";
