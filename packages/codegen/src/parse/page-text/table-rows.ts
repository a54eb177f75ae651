import { type Bullet, bulletGroups } from "./bullet-groups.js";
import { isLimitCell } from "./cell-kinds.js";
import { looseGroups } from "./loose-groups.js";
import { bulletText, type PageLine } from "./page-lines.js";
import { readPlainLine } from "./plain-line.js";

/**
 * One param row of a rendered table. `plain` rows are top level (one line of cells); `child` (`└`)
 * and `nested` (a struct row without `└`) rows come from bullet groups and say nothing of their depth.
 */
export interface TableRow {
  form: "plain" | "child" | "nested";
  name: string;
  docType: string;
  required: boolean | undefined;
  /** Plain rows: the tokens after type and 是否必须; groups: 0–2 of example and description. */
  cells: string[];
  /** A plain row's 描述 printed as a bullet after its 更多限制 list. */
  descriptionBullet?: string | undefined;
  limits: string[];
  /** Lines that were no row of their own, read as more of this row's description. */
  continuation: string[];
  line: number;
  lastLine: number;
  partial: boolean;
  loose: boolean;
}

/** Something in a table the reader had to work around, with its file line. */
export interface TableNote {
  line: number;
  text: string;
}

const HEADER = /^名称\s+类型/;

function continueRow(row: TableRow | undefined, text: string, line: number, notes: TableNote[]): void {
  if (!row) {
    notes.push({ line, text: `"${text}" is not a param row and follows none; skipped` });
    return;
  }
  row.continuation.push(text);
  row.lastLine = line;
  notes.push({ line, text: `"${text}" is not a param row; read as more of ${row.name}'s description` });
}

/** The description bullet after a plain row's 更多限制 list, unless the run only reads without it. */
function takesDescription(run: readonly Bullet[], k: number, hasRequired: boolean): boolean {
  if (k >= run.length || run[k]!.text.startsWith("└")) return false;
  return bulletGroups(run.slice(k + 1), hasRequired) !== undefined || !bulletGroups(run.slice(k), hasRequired);
}

function readRun(run: Bullet[], rows: TableRow[], hasRequired: boolean, notes: TableNote[]): void {
  const prev = rows.at(-1);
  let k = 0;
  if (prev?.form === "plain") {
    while (isLimitCell(run[k]?.text)) prev.limits.push(run[k++]!.text);
    if (prev.limits.length > 0 && takesDescription(run, k, hasRequired)) prev.descriptionBullet = run[k++]!.text;
    if (k > 0) prev.lastLine = run[k - 1]!.no;
  }
  const rest = run.slice(k);
  if (rest.length === 0) return;
  const consistent = bulletGroups(rest, hasRequired);
  const { groups, stray } = consistent ? { groups: consistent, stray: [] } : looseGroups(rest, hasRequired);
  for (const s of stray) continueRow(rows.at(-1), s.text, s.no, notes);
  const start = rows.length;
  for (const { marker, ...g } of groups) rows.push({ form: marker, ...g, continuation: [], lastLine: g.line });
  // A group ends where the next one begins; the last one runs to the end of the bullets.
  for (let i = start; i < rows.length; i++)
    rows[i]!.lastLine = rows[i + 1]?.line ? rows[i + 1]!.line - 1 : rest.at(-1)!.no;
}

function plainRow(text: string, no: number, hasRequired: boolean): TableRow | undefined {
  const plain = readPlainLine(text, hasRequired);
  if (!plain) return undefined;
  const { rest, ...cells } = plain;
  return {
    form: "plain",
    ...cells,
    cells: rest,
    limits: [],
    continuation: [],
    line: no,
    lastLine: no,
    partial: false,
    loose: false,
  };
}

/** Groups a param table's lines (section lines, header included) into rows. */
export function tableRows(lines: readonly PageLine[], hasRequired: boolean): { rows: TableRow[]; notes: TableNote[] } {
  const rows: TableRow[] = [];
  const notes: TableNote[] = [];
  for (let i = 0; i < lines.length; ) {
    const text = lines[i]!.text.trim();
    if (text === "" || HEADER.test(text)) {
      i++;
      continue;
    }
    if (bulletText(lines[i]!.text) === undefined) {
      const no = lines[i++]!.no;
      const row = plainRow(text, no, hasRequired);
      if (row) rows.push(row);
      else continueRow(rows.at(-1), text, no, notes);
      continue;
    }
    const run: Bullet[] = [];
    for (; i < lines.length; i++) {
      const bullet = bulletText(lines[i]!.text);
      if (bullet !== undefined) run.push({ text: bullet, no: lines[i]!.no });
      else if (lines[i]!.text.trim() !== "") break;
    }
    readRun(run, rows, hasRequired, notes);
  }
  return { rows, notes };
}
