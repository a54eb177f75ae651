// The response key rule lives with the envelope it opens; codegen records it in the IR from here.
export { responseKey } from "../protocol/envelope.js";
export { bundledIr, bundledIrDir, bundledIrOf } from "./bundled.js";
export { ApiIrError, formatIssuePath } from "./errors.js";
export { exampleInit, exampleLiteral, type TsExampleOptions, tsExample } from "./example.js";
export { readIrDir, readIrFile } from "./load.js";
export { parseIr, safeParseIr } from "./parse.js";
export * from "./schema.js";
export { serializeIr } from "./serialize.js";
