import type { ApiIr, IrParam } from "@topkit/sdk/ir";

/** The label the doc site shows on APIs that need a user session, and the key it carries. */
const SESSION_LABEL = { key: "required", displayName: "必须用户授权", tips: "需要用户的授权，才能拿到被授权的数据" };
const SESSION_TEXT = /需要授权|必须用户授权|需要用户授权/;

/** A param as getDocument.json serves it: every field present, absent ones as "" or null, like the real site. */
function renderParam(p: IrParam): Record<string, unknown> {
  return {
    defaultValue: p.default ?? "",
    demoValue: p.example ?? "",
    description: p.description,
    fieldsReadLevel: "",
    fileExt: "",
    maxLength: p.constraints.maxLength ?? null,
    maxListSize: p.constraints.maxListSize ?? null,
    maxValue: p.constraints.maxValue ?? null,
    minValue: p.constraints.minValue ?? null,
    name: p.name,
    needShortAuthority: null,
    paramOrder: null,
    parentId: "",
    subParams: p.children.map(renderParam),
    type: p.docType,
    version: "",
    writeLevel: null,
    encryptTag: false,
    required: p.required,
  };
}

function renderLabels(ir: ApiIr): Record<string, unknown>[] {
  const labels = ir.labels.map((displayName) =>
    SESSION_TEXT.test(displayName) ? { ...SESSION_LABEL, displayName } : { key: "9", displayName, tips: "" },
  );
  if (ir.needsSession && !labels.some((l) => l.key === "required")) labels.push(SESSION_LABEL);
  return labels;
}

/**
 * The `data` of getDocument.json for an API, rendered from its IR in the endpoint's full form (the shape of
 * ../shared/corpus/endpoint-json): what the imitation doc server serves. Parsing it gives the IR back, except
 * `source` and a session label the rendered page text does not show. The Java sample goes in `sdkDemos`, in a
 * shape of this imitation's own (the corpus leaves the real key out; the parser finds the sample by content).
 */
export function renderDocJson(ir: ApiIr, gmtModified = 1_719_811_262_000): Record<string, unknown> {
  return {
    name: ir.method,
    apiChineseName: ir.title,
    description: ir.description,
    gmtModified,
    labels: renderLabels(ir),
    applyScopes: [],
    requestParams: ir.request.map(renderParam),
    responseParams: ir.response.map(renderParam),
    errorCodes: ir.errorCodes.map((e) => ({ errorCode: e.code, errorMsg: e.message, solution: e.solution ?? "" })),
    rspSampleJson: ir.samples.responseJson ?? "",
    rspSampleSimplifyJson: ir.samples.responseSimplifyJson ?? "",
    rspSampleXml: ir.samples.responseXml ?? "",
    apiErrDemoJson: ir.samples.errorJson ?? "",
    apiErrDemoXml: ir.samples.errorXml ?? "",
    ...(ir.samples.requestJava ? { sdkDemos: [{ language: "java", code: ir.samples.requestJava }] } : {}),
  };
}
