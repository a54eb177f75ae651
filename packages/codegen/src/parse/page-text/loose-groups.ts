import type { Bullet, BulletGroup } from "./bullet-groups.js";
import { isLimitCell, isNameCell, isRequiredCell, isTypeCell, requiredValue } from "./cell-kinds.js";

function startsGroup(b: readonly Bullet[], i: number): boolean {
  const text = b[i]!.text;
  const name = text.replace(/^(└\s*)+/, "");
  return isNameCell(name) && (name !== text || isTypeCell(b[i + 1]?.text));
}

function groupOf(cells: Bullet[], limits: string[], hasRequired: boolean): BulletGroup {
  const [first, ...rest] = cells.map((c) => c.text);
  const group: BulletGroup = {
    marker: first!.startsWith("└") ? "child" : "nested",
    name: first!.replace(/^(└\s*)+/, ""),
    docType: isTypeCell(rest[0]) ? rest.shift()! : "",
    required: undefined,
    cells: [],
    limits,
    line: cells[0]!.no,
    partial: false,
    loose: true,
  };
  if (hasRequired && isRequiredCell(rest[0])) group.required = requiredValue(rest.shift()!);
  group.cells = rest.length > 2 ? [rest[0]!, rest.slice(1).join("\n")] : rest;
  return group;
}

/**
 * A best-effort reading of a bullet run that has no consistent reading (a damaged or hand-edited
 * page): a group starts at each `└` bullet or name followed by a type; other bullets are cells of
 * the group before them. Bullets before any group are returned as `stray`, for the caller to report.
 */
export function looseGroups(
  bullets: readonly Bullet[],
  hasRequired: boolean,
): { groups: BulletGroup[]; stray: Bullet[] } {
  const runs: { cells: Bullet[]; limits: string[] }[] = [];
  const stray: Bullet[] = [];
  bullets.forEach((bullet, i) => {
    const current = runs.at(-1);
    if (startsGroup(bullets, i)) runs.push({ cells: [bullet], limits: [] });
    else if (!current) stray.push(bullet);
    else if (isLimitCell(bullet.text)) current.limits.push(bullet.text);
    else current.cells.push(bullet);
  });
  return { groups: runs.map((r) => groupOf(r.cells, r.limits, hasRequired)), stray };
}
