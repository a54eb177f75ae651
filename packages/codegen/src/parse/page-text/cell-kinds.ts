import { readDocType } from "../../ir/doc-type.js";

/**
 * What a single cell of a param table can be recognised as. Names are identifiers (snake_case on TOP,
 * camelCase on QIMEN); types are capitalised names or `byte`/`null`, with `[]` glued or spaced
 * (`String []`, `byte[]`), or a bare `[]`; 是否必须 is a closed set of words.
 */
const NAME = /^[A-Za-z_$][\w$.-]*$/;
const TYPE = /^(?:[A-Z][\w$]*|byte|null)(?:\s?\[\])*$|^\[\]$/;
const REQUIRED = /^(必须|必須|必填|是|required)$/i;
const OPTIONAL = /^(可选|可選|选填|否|optional)$/i;
const LIMIT = /^(最大长度|最大列表长度|默认值|最大值|最小值)\s*[:：]/;

export const isNameCell = (text: string | undefined) => text !== undefined && NAME.test(text);
export const isTypeCell = (text: string | undefined) => text !== undefined && TYPE.test(text);
export const isLimitCell = (text: string | undefined) => text !== undefined && LIMIT.test(text);
export const isRequiredCell = (text: string | undefined) =>
  text !== undefined && (REQUIRED.test(text) || OPTIONAL.test(text));
export const requiredValue = (text: string) => REQUIRED.test(text);

/** True when a doc type names a struct (`Foo`, `Foo []`), so its row can hold nested rows. */
export function isStructType(docType: string): boolean {
  return readDocType(docType, false).structLike;
}

/** True when a doc type is an array (`X []`, `X[]`): the sample trees wrap its items one level down. */
export const isArrayType = (docType: string | undefined) => docType !== undefined && /\[\]\s*$/.test(docType);
