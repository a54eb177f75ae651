import type { Constraints, IrParam } from "@topkit/sdk/ir";
import { type Bump, type Change, code, oneLine } from "./change.js";

/** Which side a param list is on: limits and `required` only bind what callers send. */
export type Side = "request" | "response";

const LIMITS = ["maxLength", "maxListSize", "maxValue", "minValue"] as const;

/** Whether moving a limit from `a` to `b` rejects values that passed before (absent means unlimited). */
function tightened(key: (typeof LIMITS)[number], a: number | undefined, b: number | undefined): boolean {
  if (b === undefined) return false;
  if (a === undefined) return true;
  return key === "minValue" ? b > a : b < a;
}

const shown = (v: number | undefined) => (v === undefined ? "none" : String(v));
const typeOf = (p: IrParam) => oneLine(p.docType || "untyped");

function limitChanges(side: Side, at: string, a: Constraints, b: Constraints): Change[] {
  return LIMITS.flatMap((key) => {
    if (a[key] === b[key]) return [];
    const tighter = tightened(key, a[key], b[key]);
    // A response limit is documentation: the SDK checks only what it sends.
    const bump: Bump = side === "request" && tighter ? "major" : "patch";
    const how = side === "request" ? (tighter ? " (tightened)" : " (relaxed)") : "";
    return [{ bump, text: `${at}: ${key} ${shown(a[key])} -> ${shown(b[key])}${how}` }];
  });
}

function requiredChange(side: Side, at: string, a: IrParam, b: IrParam): Change[] {
  if (a.required === b.required) return [];
  if (side === "response") {
    // Every response property is optional in the generated types either way: only the docs change.
    return [{ bump: "patch", text: `${at}: now documented as ${b.required ? "always present" : "optional"}` }];
  }
  return b.required
    ? [{ bump: "major", text: `${at}: became required` }]
    : [{ bump: "minor", text: `${at}: became optional` }];
}

function shapeChange(at: string, a: IrParam, b: IrParam): Change[] {
  if (a.type !== b.type || a.itemType !== b.itemType) {
    const ts = (p: IrParam) => (p.itemType ? `${p.type} of ${p.itemType}` : p.type);
    return [{ bump: "major", text: `${at}: type ${typeOf(a)} (${ts(a)}) -> ${typeOf(b)} (${ts(b)})` }];
  }
  if (a.structName !== b.structName) {
    return [
      {
        bump: "major",
        text: `${at}: struct class ${oneLine(a.structName ?? "none")} -> ${oneLine(b.structName ?? "none")}`,
      },
    ];
  }
  if (a.docType !== b.docType) return [{ bump: "patch", text: `${at}: doc type ${typeOf(a)} -> ${typeOf(b)}` }];
  return [];
}

function textChanges(at: string, a: IrParam, b: IrParam): Change[] {
  const out: Change[] = [];
  if (a.description !== b.description) out.push({ bump: "patch", text: `${at}: description changed` });
  if (a.example !== b.example) out.push({ bump: "patch", text: `${at}: example changed` });
  if (a.default !== b.default) {
    out.push({ bump: "patch", text: `${at}: default ${code(a.default ?? "none")} -> ${code(b.default ?? "none")}` });
  }
  return out;
}

function paramChanges(side: Side, path: string, a: IrParam, b: IrParam): Change[] {
  const at = `${side} ${code(path)}`;
  return [
    ...shapeChange(at, a, b),
    ...requiredChange(side, at, a, b),
    ...limitChanges(side, at, a.constraints, b.constraints),
    ...textChanges(at, a, b),
    ...diffParams(side, a.children, b.children, path),
  ];
}

function added(side: Side, path: string, p: IrParam): Change {
  const at = `${side} ${code(path)}`;
  if (side === "response") return { bump: "minor", text: `${at}: added (${typeOf(p)})` };
  return p.required
    ? { bump: "major", text: `${at}: added, required (${typeOf(p)})` }
    : { bump: "minor", text: `${at}: added, optional (${typeOf(p)})` };
}

/**
 * The changes between two param lists, matched by wire name, recursing into struct fields. Paths are wire
 * names joined by dots (`req.remark`), as `check()` reports them.
 */
export function diffParams(side: Side, before: readonly IrParam[], after: readonly IrParam[], parent = ""): Change[] {
  const pathOf = (p: IrParam) => (parent ? `${parent}.${p.name}` : p.name);
  const old = new Map(before.map((p) => [p.name, p]));
  const now = new Map(after.map((p) => [p.name, p]));
  const changes: Change[] = [];
  for (const p of before) {
    if (!now.has(p.name)) changes.push({ bump: "major", text: `${side} ${code(pathOf(p))}: removed` });
  }
  for (const p of after) {
    const was = old.get(p.name);
    changes.push(...(was ? paramChanges(side, pathOf(p), was, p) : [added(side, pathOf(p), p)]));
  }
  const kept = (list: readonly IrParam[], other: Map<string, IrParam>) =>
    list.filter((p) => other.has(p.name)).map((p) => p.name);
  if (kept(before, now).join("\n") !== kept(after, old).join("\n")) {
    changes.push({ bump: "patch", text: `${side} ${code(parent || "(top level)")}: field order changed` });
  }
  return changes;
}
