import { isLimitCell, isNameCell, isRequiredCell, isStructType, isTypeCell, requiredValue } from "./cell-kinds.js";

/** A bullet and the file line it sits on. */
export interface Bullet {
  text: string;
  no: number;
}

/**
 * One nested param printed as a bullet group: `└ name` (a field of the struct above) or a bare name
 * (a struct row deeper than one level), then type, 是否必须 (request tables), 示例值 and 描述, with
 * empty cells gone, so `cells` holds 0–2 of example and description, not yet told apart.
 */
export interface BulletGroup {
  marker: "child" | "nested";
  name: string;
  docType: string;
  required: boolean | undefined;
  cells: string[];
  limits: string[];
  line: number;
  /** The bullets ran out inside this group (a cut page). */
  partial: boolean;
  /** Read without a consistent reading of the whole run (see `looseGroups`). */
  loose: boolean;
}

type Candidate = Omit<BulletGroup, "line" | "loose"> & { end: number };

/** The ways a group can start at `i`, the one taking the most cells first. */
function candidatesAt(b: readonly string[], i: number, hasRequired: boolean): Candidate[] {
  const first = b[i]!;
  const marker: BulletGroup["marker"] = first.startsWith("└") ? "child" : "nested";
  const name = first.replace(/^(└\s*)+/, "");
  if (!isNameCell(name)) return [];
  const base = {
    marker,
    name,
    docType: "",
    required: undefined,
    cells: [] as string[],
    limits: [] as string[],
    partial: false,
  };
  if (i + 1 === b.length) return [{ ...base, partial: true, end: i + 1 }];
  const docType = b[i + 1]!;
  if (!isTypeCell(docType) || (marker === "nested" && !isStructType(docType))) return [];
  let k = i + 2;
  let required: boolean | undefined;
  if (hasRequired) {
    if (k === b.length) return [{ ...base, docType, partial: true, end: k }];
    if (!isRequiredCell(b[k])) return [];
    required = requiredValue(b[k++]!);
  }
  const cells: string[] = [];
  const limits: string[] = [];
  const out: Candidate[] = [];
  const snapshot = () => out.unshift({ ...base, docType, required, cells: [...cells], limits: [...limits], end: k });
  while (isLimitCell(b[k])) limits.push(b[k++]!);
  snapshot();
  while (cells.length < 2 && k < b.length && !b[k]!.startsWith("└")) {
    cells.push(b[k++]!);
    while (isLimitCell(b[k])) limits.push(b[k++]!);
    snapshot();
  }
  return out;
}

/**
 * Splits a run of bullets into groups so that every bullet is used and every group is well formed.
 * Empty cells vanish, so a group's end is only known from where the next one can start; of all
 * consistent readings this takes the one where earlier groups keep the most cells. Undefined when
 * no consistent reading exists.
 */
export function bulletGroups(bullets: readonly Bullet[], hasRequired: boolean): BulletGroup[] | undefined {
  const b = bullets.map((x) => x.text);
  const choice: (Candidate | null)[] = new Array(b.length + 1).fill(null);
  const ok: boolean[] = new Array(b.length + 1).fill(false);
  ok[b.length] = true;
  for (let i = b.length - 1; i >= 0; i--) {
    const pick = candidatesAt(b, i, hasRequired).find((c) => ok[c.end]);
    if (pick) {
      choice[i] = pick;
      ok[i] = true;
    }
  }
  if (!ok[0]) return undefined;
  const groups: BulletGroup[] = [];
  for (let i = 0; i < b.length; ) {
    const { end, ...group } = choice[i]!;
    groups.push({ ...group, line: bullets[i]!.no, loose: false });
    i = end;
  }
  return groups;
}
