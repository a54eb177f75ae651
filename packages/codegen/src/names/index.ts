export { classStem, isRepairedMethodName, requestClassName, responseClassName, responseKey } from "./class-name.js";
export { fieldName, pascalName } from "./field-name.js";
export { isIdentifier, toIdentifier } from "./identifier.js";
export { structNameOf } from "./struct-name.js";
