/** How a row appears on the page, which is all the text tells about its depth. */
export type RowForm = "plain" | "child" | "nested";

/**
 * One param row of a rendered table: a plain line of space-joined cells (`plain`, top level), or a
 * bullet group — `child` when its name carries `└`, `nested` when a struct row deeper than one level
 * prints without it. `limits` holds 更多限制 bullets (最大长度:64, 默认值:0 …) that followed a plain row.
 */
export interface TableRow {
  form: RowForm;
  cells: string[];
  limits: string[];
  /** 1-based line within the section, for messages. */
  line: number;
}

const LIMIT = /^(最大长度|最大列表长度|默认值|最大值|最小值)\s*[:：]/;
const NAME = /^[A-Za-z_$][\w$.-]*$/;
const TYPE = /^[A-Za-z_$][\w$]*(\s*\[\])*$|^\[\]$/;

export const isLimitCell = (text: string) => LIMIT.test(text);
const isNameLike = (text: string) => NAME.test(text);
const isTypeLike = (text: string) => TYPE.test(text);

/** Bullet text: what follows `•`. */
function bulletText(line: string): string | undefined {
  const m = /^\s*[•·]\s?(.*)$/.exec(line);
  return m ? (m[1] ?? "").trim() : undefined;
}

/**
 * Groups a param table's lines (header excluded) into rows. `cellsPerGroup` is the full count of a
 * bullet group (5 in 请求参数, 4 in 响应参数); empty cells vanish, so groups may be shorter.
 */
export function tableRows(lines: readonly string[], cellsPerGroup: number): TableRow[] {
  const rows: TableRow[] = [];
  const bullets = lines.map(bulletText);
  let current: TableRow | undefined;
  lines.forEach((raw, i) => {
    const text = bullets[i];
    if (text === undefined) {
      if (raw.trim() === "") return;
      current = { form: "plain", cells: raw.trim().split(/\s+/), limits: [], line: i + 1 };
      rows.push(current);
      return;
    }
    if (text.startsWith("└")) {
      current = { form: "child", cells: [text.replace(/^└\s*/, "")], limits: [], line: i + 1 };
      rows.push(current);
      return;
    }
    if (current?.form === "plain" && isLimitCell(text)) {
      current.limits.push(text);
      return;
    }
    const next = bullets[i + 1];
    const startsGroup =
      !current ||
      current.cells.length >= cellsPerGroup ||
      (current.form !== "plain" &&
        current.cells.length >= 3 &&
        isNameLike(text) &&
        next !== undefined &&
        isTypeLike(next));
    if (startsGroup && current?.form !== "plain") {
      current = { form: "nested", cells: [text], limits: [], line: i + 1 };
      rows.push(current);
      return;
    }
    // A bullet after a plain row with limits is that row's description cell.
    current!.cells.push(text);
  });
  return rows;
}
