/**
 * A table in a page's HTML source (`<table>` … `<tr>` … `<td>`: a Word document pasted into a CMS,
 * kept as markup in a page's or a script's source): a bare number filling its cell takes the kind
 * its column's header gives (`投资规模（亿元）` → money, `比上年增长(%)` → percent, `项目个数（项）` →
 * count; a share column `占总投资比例` → ratio for a value of at most 1), as ANNOTATION.md reads table
 * cells; value and unit stay as written (`""`). A score column (`各项分值`, `得分`) gives kind other; the
 * numbers of a 序号 column are the rows' labels, no figures. The header is the last row of text cells before the
 * first row that holds a bare number; a row is read only when it has as many cells as the header.
 * Merged cells that break the columns (a header spanning columns or spanning rows unevenly, a row with
 * a merged cell) leave their rows as they are.
 * Linear: each table's markup is read once (and no further than TABLE_SPAN), then the figures once.
 */
import type { Figure, FigureKind } from '../types';
import { columnKind, giveCellKinds, type CellKinds } from './barTables';

/** Longest table read (characters of markup). */
const TABLE_SPAN = 200000;
/** A bare number: a sign, decimals. */
const BARE = /^[-−]?\d+(?:\.\d+)?$/;
/** A row label's header (`序号`, `编号`): its column's numbers are no figures. */
const ROW_LABEL_HEADER = /^(?:序号|序|编号|排序|No\.?)$/i;
/** A score's header (`分值`, `各项分值`, `标准分`, `得分`): its numbers are points, kind other. */
const SCORE_HEADER = /(?:分值|分数|得分|评分|标准分|赋分)$/;
/** A share's header: its values up to 1 are ratios. */
const SHARE_HEADER = /(?:比例|比重|占比)$/;

interface Cell { text: string; numStart: number; numEnd: number; colspan: boolean; rowspan: number }

/** The cells of the rows in [from, to): each row a list of its cells' visible text and, for a cell holding one bare number, where it stands. */
function rowsOf(t: string, from: number, to: number): Cell[][] | null {
  const rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let runs = 0;
  // (after the table's own opening tag)
  let p = t.indexOf('>', from) + 1;
  if (p <= 0) return null;
  while (p < to) {
    const c = t.charCodeAt(p);
    if (c === 60 /* < */) {
      const close = t.indexOf('>', p);
      if (close < 0 || close >= to) break;
      const tag = t.slice(p + 1, Math.min(close, p + 8)).toLowerCase();
      const full = t.slice(p, close + 1).toLowerCase();
      if (/^(?:td|th)\b/.test(tag)) {
        const rs = /rowspan\s*=\s*["']?(\d+)/.exec(full);
        cell = { text: '', numStart: -1, numEnd: -1, colspan: /colspan\s*=\s*["']?(?:[2-9]|\d\d)/.test(full), rowspan: rs ? Number(rs[1]) : 1 };
        runs = 0;
        (row ??= []).push(cell);
      } else if (/^\/(?:td|th)\b/.test(tag)) {
        if (cell && runs !== 1) { cell.numStart = -1; cell.numEnd = -1; }
        cell = null;
      } else if (/^tr\b/.test(tag)) {
        row = [];
        rows.push(row);
      } else if (/^table\b/.test(tag)) {
        return null; // a table inside a cell: a layout, not data
      }
      p = close + 1;
      continue;
    }
    // a run of text between tags
    let e = t.indexOf('<', p);
    if (e < 0 || e > to) e = to;
    if (cell) {
      const raw = t.slice(p, e);
      const words = raw.replace(/&nbsp;|&#160;/g, ' ');
      if (words.trim()) {
        runs++;
        cell.text += words.replace(/\s+/g, '');
        const lead = raw.length - raw.trimStart().length;
        const s = raw.trim();
        if (runs === 1 && BARE.test(s)) { cell.numStart = p + lead; cell.numEnd = p + lead + s.length; }
      }
    }
    p = e;
  }
  return rows;
}

/** Each bare number cell of the table in [from, to), by its start, with the kind its column gives. */
function tableKinds(t: string, from: number, to: number, out: CellKinds, rowLabels: Set<number>): void {
  const rows = rowsOf(t, from, to);
  if (!rows) return;
  const firstData = rows.findIndex((r) => r.some((c) => BARE.test(c.text)));
  if (firstData < 1) return;
  let h = firstData - 1;
  while (h >= 0 && !(rows[h].length >= 2 && rows[h].some((c) => c.text) && rows[h].every((c) => !BARE.test(c.text)))) h--;
  if (h < 0) return;
  let header = rows[h];
  // a header of two rows whose label cell spans both (`<td rowspan="2">分组</td>` over the groups' names,
  // `<td colspan="2">营业收入</td>`, then the units' row `1-11月（亿元）`, `同比增长（%）`): the units' row
  // is the header, its columns moved right by the leading cells that reach down into it
  let carried = 0;
  for (let j = 0; j < h; j++) {
    rows[j].forEach((c, i) => {
      if (j + c.rowspan - 1 >= h && i === carried) carried++;
    });
  }
  if (carried > 0 && rows[firstData].length === header.length + carried) {
    header = Array.from({ length: carried }, (): Cell => ({ text: '', numStart: -1, numEnd: -1, colspan: false, rowspan: 1 })).concat(header);
  }
  // merged cells: a header that spans columns, or whose cells span rows unevenly (a header of two
  // levels), does not line up with the rows (Word's export spans every header cell over 2 rows alike)
  const spans = new Set(header.filter((c) => c.text).map((c) => c.rowspan));
  if (header.some((c) => c.colspan) || spans.size > 1) return;
  const kinds = header.map((c) => (c.text ? (columnKind(c.text, null) ?? (SCORE_HEADER.test(c.text) ? 'other' : null)) : null));
  const share = header.map((c) => SHARE_HEADER.test(c.text));
  const label = header.map((c) => ROW_LABEL_HEADER.test(c.text));
  if (!kinds.some((k) => k) && !share.some((s) => s) && !label.some((l) => l)) return;
  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r];
    if (row.length !== header.length || row.some((c) => c.colspan || c.rowspan > 1)) continue;
    row.forEach((c, i) => {
      if (c.numStart < 0) return;
      if (label[i]) {
        rowLabels.add(c.numStart);
        return;
      }
      const kind: FigureKind | null = kinds[i] ?? (share[i] && Number(c.text) <= 1 ? 'ratio' : null);
      if (kind) out.set(c.numStart, { end: c.numEnd, kind });
    });
  }
}

/** Bare numbers filling the cells of an HTML table take their column's kind. In place. */
export function applyHtmlTables(text: string, figs: Figure[]): void {
  if (!figs.length || !/<table\b/i.test(text)) return;
  const re = /<table\b/gi;
  const endRe = /<\/table\s*>/gi;
  const kinds: CellKinds = new Map();
  const rowLabels = new Set<number>();
  // the first </table> at or after the last table opened (found once, kept while it lies ahead)
  let close = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (close < m.index) {
      endRe.lastIndex = m.index;
      const e = endRe.exec(text);
      if (!e) break;
      close = e.index;
    }
    if (close > m.index + TABLE_SPAN) continue;
    tableKinds(text, m.index, close, kinds, rowLabels);
    re.lastIndex = close;
  }
  giveCellKinds(figs, kinds);
  // (the numbers of a 序号 column are the rows' labels, no figures: ANNOTATION.md)
  if (rowLabels.size) {
    let k = 0;
    for (const f of figs) if (!(rowLabels.has(f.start) && f.unit === '' && f.kind === 'count')) figs[k++] = f;
    figs.length = k;
  }
}
