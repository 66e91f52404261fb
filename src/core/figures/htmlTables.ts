/**
 * A table in a page's HTML source (`<table>` … `<tr>` … `<td>`: a Word document pasted into a CMS,
 * kept as markup in a page's or a script's source): a bare number filling its cell takes the kind
 * its column's header gives (`投资规模（亿元）` → money, `比上年增长(%)` → percent, `项目个数（项）` →
 * count; a share column `占总投资比例` → ratio for a value of at most 1), as ANNOTATION.md reads table
 * cells; value and unit stay as written (`""`). The header is the last row of text cells before the
 * first row that holds a bare number. Cells spanning columns or rows are laid on the header's columns
 * (an assessment sheet's `<td colspan="2">总分</td>`, `<td rowspan="3">县农粮局</td>`); a row that
 * does not fill the columns is left as it is, and so is a header spanning rows unevenly. A score
 * column (分值, 得分) gives kind other; the whole numbers of a 序号 column are row labels, dropped;
 * the four-digit cells of a 年份 column are years (kind date, the year as value).
 * Linear: each table's markup is read once (and no further than TABLE_SPAN), then the figures once.
 */
import type { Figure, FigureKind } from '../types';
import { columnKind, giveCellKinds, type CellKinds } from './barTables';
import { captionUnitKind, unitWordKind } from '../outline/anatomy/tables';

/** Longest table read (characters of markup). */
const TABLE_SPAN = 200000;
/** A bare number: a sign, decimals. */
const BARE = /^[-−]?\d+(?:\.\d+)?$/;
/** A share's header: its values up to 1 are ratios. */
const SHARE_HEADER = /(?:比例|比重|占比)$/;
/** A score column of an assessment sheet (考核评分表: 分值, 得分, 标准分): its numbers are points, kind other. */
const SCORE_HEADER = /(?:分值|得分|分数|评分|标准分|满分|基础分|赋分)(?:[（(]分[)）])?$/;
/** A column of years (`<th>年份</th>` over `<td>2018</td>`): its four-digit cells are years, dates. */
const YEAR_HEADER = /^(?:年份|年度|年)$/;
/** A year a cell may hold. */
const YEAR_CELL = /^(?:1[89]|2[01])\d\d$/;
/** A row-number column: its cells are row labels, not figures (ANNOTATION.md). */
const ROW_LABEL_HEADER = /^(?:序号|序號|序)$/;

/**
 * A label writing its unit after a slash, as papers' tables do (`面积/km²`, `d/cm`, `训练时间/s`,
 * `C/pF`): the kind of that unit; a unit symbol the unit table does not know (`pF`, `μH`, `Ω`) still
 * says the cells are measures, kind other; seconds are a duration. Null for anything else (`吨/日`,
 * a rate, is read whole by columnKind before).
 */
function slashUnitKind(label: string): FigureKind | null {
  const m = /^[^/／]{1,16}[/／]([^/／]{1,6})$/.exec(label);
  if (!m) return null;
  const u = m[1];
  const known = unitWordKind(u);
  if (known) return known.kind;
  if (/^(?:s|ms|min|h)$/.test(u)) return 'duration';
  return /^[A-Za-zμµΩ°℃²³]+$/.test(u) ? 'other' : null;
}

interface Cell { text: string; numStart: number; numEnd: number; colspan: number; rowspan: number }
/** Widest table read (columns). */
const MAX_COLUMNS = 64;

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
        const cs = /colspan\s*=\s*["']?(\d+)/.exec(full);
        cell = { text: '', numStart: -1, numEnd: -1, colspan: cs ? Math.max(1, Math.min(MAX_COLUMNS, Number(cs[1]))) : 1, rowspan: rs ? Math.max(1, Number(rs[1])) : 1 };
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

/**
 * A row whose label cell writes a unit after a slash (`d/cm` over distances, a parameter sheet's
 * `C/pF | 253 | Rs、RL/Ω | 50`): each bare number takes the kind of the nearest label before it in
 * the row. Set first: a column header's kind, read after, wins where it gives one.
 */
function rowLabelKinds(rows: Cell[][], out: CellKinds): void {
  for (const row of rows) {
    let kind: FigureKind | null = null;
    for (const c of row) {
      if (c.numStart >= 0) {
        if (kind) out.set(c.numStart, { end: c.numEnd, kind });
      } else if (c.text) kind = slashUnitKind(c.text);
    }
  }
}

/** The unit a row states for the rows below it (`<td colspan="7">单位：亿元</td>`, `编制单位：… | 金额单位：万元`), or null. */
function unitRowKind(row: Cell[]): FigureKind | null {
  if (row.some((c) => c.numStart >= 0)) return null;
  const texts = row.filter((c) => c.text);
  if (!texts.length || texts.length > 3) return null;
  for (const c of texts) {
    if (!/单位[：:]/.test(c.text)) continue;
    const k = captionUnitKind(c.text);
    if (k) return k;
  }
  return null;
}

/**
 * Each bare number cell of the table in [from, to), by its start, with the kind its column gives.
 * The table's unit (`单位：亿元`: the caption before the table, `before`, or a row of the table stating
 * it) reaches the columns whose header gives none and neither orders, counts nor rates (columnKind);
 * a row stating a unit opens a new part, read with its own header (a finance sheet's `金融` part in
 * 亿元, then its `外贸` part in 万美元, in one table).
 */
function tableKinds(t: string, from: number, to: number, out: CellKinds, labels: Set<number>, before: FigureKind | null): void {
  const rows = rowsOf(t, from, to);
  if (!rows) return;
  rowLabelKinds(rows, out);
  let start = 0;
  let unit = before;
  for (let r = 0; r <= rows.length; r++) {
    const k = r < rows.length ? unitRowKind(rows[r]) : null;
    if (r < rows.length && !k) continue;
    if (r > start) partKinds(rows.slice(start, r), out, labels, unit);
    start = r;
    unit = k;
  }
}

/** The kinds of one part of a table (the rows under one statement of its unit). */
function partKinds(rows: Cell[][], out: CellKinds, labels: Set<number>, tableUnit: FigureKind | null): void {
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
    header = Array.from({ length: carried }, (): Cell => ({ text: '', numStart: -1, numEnd: -1, colspan: 1, rowspan: 1 })).concat(header);
  }
  // merged cells: a header whose cells span rows unevenly (a header of two levels) does not line up
  // with the rows (Word's export spans every header cell over 2 rows alike)
  const spans = new Set(header.filter((c) => c.text).map((c) => c.rowspan));
  if (spans.size > 1) return;
  // a header cell spanning columns (`<th colspan="2">考核项目</th>`) names each column it spans
  header = header.flatMap((c) => Array.from({ length: c.colspan }, () => c));
  const width = header.length;
  if (width > MAX_COLUMNS) return;
  const kinds = header.map((c): FigureKind | null => (!c.text ? null : SCORE_HEADER.test(c.text) ? 'other' : columnKind(c.text, null) ?? slashUnitKind(c.text) ?? columnKind(c.text, tableUnit)));
  const share = header.map((c) => SHARE_HEADER.test(c.text));
  const label = header.map((c) => ROW_LABEL_HEADER.test(c.text));
  const years = header.map((c) => YEAR_HEADER.test(c.text));
  if (!kinds.some((k) => k) && !share.some((s) => s) && !label.some((l) => l) && !years.some((y) => y)) return;
  // the rows laid on the header's columns: a cell spanning columns takes them all, a cell spanning
  // rows keeps its columns in the rows below (`<td rowspan="3">县农粮局</td>`); a row that does not
  // fill the columns exactly is left as it is, and the spans from above end there
  const busy: number[] = new Array(width).fill(0);
  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r];
    const placed: (Cell | null)[] = new Array(width).fill(null);
    const taken: boolean[] = busy.map((b) => b > 0);
    let col = 0;
    let fits = true;
    for (const c of row) {
      while (col < width && taken[col]) col++;
      if (col + c.colspan > width) { fits = false; break; }
      placed[col] = c;
      for (let k = 0; k < c.colspan; k++) { taken[col + k] = true; busy[col + k] = c.rowspan; }
      col += c.colspan;
    }
    if (!fits || taken.some((t) => !t)) {
      busy.fill(0);
      continue;
    }
    for (let k = 0; k < width; k++) busy[k]--;
    placed.forEach((c, i) => {
      if (!c || c.numStart < 0) return;
      // (a whole number of a row-number column: the row's label)
      if (label[i]) {
        if (/^\d{1,3}$/.test(c.text)) labels.add(c.numStart);
        return;
      }
      // (a year under 年份 is a date: giveCellKinds writes its value as the year)
      if (years[i]) {
        if (YEAR_CELL.test(c.text)) out.set(c.numStart, { end: c.numEnd, kind: 'date' });
        return;
      }
      const kind: FigureKind | null = kinds[i] ?? (share[i] && Number(c.text) <= 1 ? 'ratio' : null);
      if (kind) out.set(c.numStart, { end: c.numEnd, kind });
    });
  }
}

/** How far before a table its caption of units is looked for (characters of markup). */
const CAPTION_SPAN = 600;

/**
 * The unit the caption right before a table states (`<p>… 单位：亿元</p>` over `<table>`): the last line
 * of visible text in [from, to), tags dropped; null when it states none.
 */
function captionBefore(t: string, from: number, to: number): FigureKind | null {
  const visible = t.slice(from, to).replace(/<[^>]*>/g, '\n').replace(/&nbsp;|&#160;/g, ' ');
  const lines = visible.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  return last && /单位[：:]|[)）]$/.test(last) ? captionUnitKind(last) : null;
}

/**
 * Bare numbers filling the cells of an HTML table take their column's kind (in place); the row
 * numbers of a 序号 column are dropped. Returns the figures kept.
 */
export function applyHtmlTables(text: string, figs: Figure[]): Figure[] {
  if (!figs.length || !/<table\b/i.test(text)) return figs;
  const re = /<table\b/gi;
  const endRe = /<\/table\s*>/gi;
  const kinds: CellKinds = new Map();
  const labels = new Set<number>();
  // the first </table> at or after the last table opened (found once, kept while it lies ahead)
  let close = -1;
  let lastClose = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (close < m.index) {
      endRe.lastIndex = m.index;
      const e = endRe.exec(text);
      if (!e) break;
      close = e.index;
    }
    if (close > m.index + TABLE_SPAN) continue;
    tableKinds(text, m.index, close, kinds, labels, captionBefore(text, Math.max(lastClose, m.index - CAPTION_SPAN), m.index));
    lastClose = close;
    re.lastIndex = close;
  }
  giveCellKinds(figs, kinds);
  return labels.size ? figs.filter((f) => !(labels.has(f.start) && f.unit === '' && f.kind === 'count' && /^\d+$/.test(f.text))) : figs;
}
