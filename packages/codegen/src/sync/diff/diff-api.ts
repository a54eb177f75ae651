import type { ApiIr, IrErrorCode, IrSamples } from "@topkit/sdk/ir";
import { type Change, code } from "./change.js";
import { diffParams } from "./diff-params.js";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `labels: +X, -Y` style change for two string lists (set difference, both ways). */
function listChange(what: string, a: readonly string[], b: readonly string[]): Change[] {
  const plus = b.filter((x) => !a.includes(x)).map((x) => `+${code(x)}`);
  const minus = a.filter((x) => !b.includes(x)).map((x) => `-${code(x)}`);
  const moves = plus.length + minus.length === 0 && !same(a, b) ? ["order"] : [];
  return plus.length + minus.length + moves.length === 0
    ? []
    : [{ bump: "patch", text: `${what}: ${[...plus, ...minus, ...moves].join(", ")}` }];
}

function sampleChanges(a: IrSamples, b: IrSamples): Change[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof IrSamples)[];
  return keys.flatMap((k): Change[] => {
    if (a[k] === b[k]) return [];
    const how = a[k] === undefined ? "added" : b[k] === undefined ? "removed" : "changed";
    return [{ bump: "patch", text: `sample ${k} ${how}` }];
  });
}

function errorCodeChanges(a: readonly IrErrorCode[], b: readonly IrErrorCode[]): Change[] {
  const changed = b.filter((e) => a.some((o) => o.code === e.code && !same(o, e))).map((e) => `~${code(e.code)}`);
  const [codesA, codesB] = [a.map((e) => e.code), b.map((e) => e.code)];
  const listed = listChange("error codes", codesA, codesB);
  if (changed.length === 0) return listed;
  const text = listed[0] ? `${listed[0].text}, ${changed.join(", ")}` : `error codes: ${changed.join(", ")}`;
  return [{ bump: "patch", text }];
}

function sessionChange(a: ApiIr, b: ApiIr): Change[] {
  if (a.needsSession === b.needsSession) return [];
  return b.needsSession
    ? [{ bump: "major", text: "now needs a user session: `execute(req, sessionKey)`" }]
    : [{ bump: "patch", text: "no longer needs a user session" }];
}

function headChanges(a: ApiIr, b: ApiIr): Change[] {
  const out: Change[] = [];
  if (!same(a.javaNames, b.javaNames)) {
    out.push({ bump: "major", text: `classes renamed: ${a.javaNames.request} -> ${b.javaNames.request}` });
  }
  if (a.title !== b.title) out.push({ bump: "patch", text: `title ${code(a.title)} -> ${code(b.title)}` });
  if (a.description !== b.description) out.push({ bump: "patch", text: "description changed" });
  if (a.category !== b.category) {
    out.push({ bump: "patch", text: `category ${code(a.category ?? "none")} -> ${code(b.category ?? "none")}` });
  }
  if (a.docId !== b.docId) out.push({ bump: "patch", text: `docId ${a.docId ?? "none"} -> ${b.docId ?? "none"}` });
  return out;
}

/**
 * Everything that differs between two IRs of one API except `source` (where the doc came from is not a
 * change to the SDK), each with its bump. Empty when the SDK would be generated the same.
 */
export function diffApi(a: ApiIr, b: ApiIr): Change[] {
  return [
    ...headChanges(a, b),
    ...sessionChange(a, b),
    ...listChange("labels", a.labels, b.labels),
    ...diffParams("request", a.request, b.request),
    ...diffParams("response", a.response, b.response),
    ...sampleChanges(a.samples, b.samples),
    ...errorCodeChanges(a.errorCodes, b.errorCodes),
    ...listChange("parser warnings", a.warnings ?? [], b.warnings ?? []),
  ];
}
