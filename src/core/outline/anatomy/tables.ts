/**
 * Tables: piped Markdown tables (`| 序号 | 地区 | 产量（吨） |`) and tables flattened one cell per
 * line (a header of short cells, then rows each opened by its 序号 `1`, `2`, `3`…). Their lines get
 * the zone `table`: no numbering run lives there (a 序号 cell `1`, a decimal cell `19.23` are not
 * markers). Their cells are kept for the figures: a row label is no figure, and a bare number
 * takes the kind its column's header gives (`吨/日` → mass, `（万户）` → count).
 */
import { COUNT_HEADER_WORDS, ORDER_HEADER_WORDS, RATE_HEADER_WORDS, TABLE_UNIT } from '../../text/headerWords';
import type { FigureKind, TableCell } from '../../types';
import { Zone, type Anatomy, type AnatomyInput } from './index';
import { ATTACHMENT_LABEL, contentFrom, firstCode, isBlankLine, lineLength, shortText } from './lineText';
import { scaleAt, unitAt } from '../../figures/units';
import type { LineTable } from '../layout';
import { spaceTables } from '../../figures/spaceRows';
import { holdsRare } from '../../text/rareMarks';

const BARE_NUMBER = /^[-−]?\d+(\.\d+)?$/;
/** A row label: 1, 2, 3… (a star may flag a key row: `*1`). */
const ROW_LABEL = /^[*＊★☆]?\d{1,3}$/;
/** Cells that say "nothing here". */
const EMPTY_CELL = /^[\/／—–\-－×]{1,3}$/;
/** Longest header cell of a flattened table. */
const HEADER_CELL_MAX = 30;
/** Headers of a column that counts things (`个数`, `户数`, `数量`), though no unit is written. */
const COUNT_HEADER = /(个数|数量|户数|人数|家数|次数|件数|台数|辆数|项数|处数|村数|总数|只数|张数|座数|栋数)$/;
/** Headers of a numbering column. */
const NUMBER_COLUMN = /^(序号|序|编号|顺序号|排序|排名|No\.?|#)$/i;

export function detectTables(input: AnatomyInput, anatomy: Anatomy): void {
  pipedTables(input, anatomy);
  barredTables(input, anatomy);
  flattenedTables(input, anatomy);
  spaceRowTables(input, anatomy);
  numberRowTables(input, anatomy);
  anatomy.cells.sort((a, b) => a.start - b.start);
}

function tableZone(z: number): boolean {
  return z === Zone.Body || z === Zone.Attachment;
}

// ---------------------------------------------------------------- header units

/**
 * Kind of the unit a header cell gives its column: the whole cell is a unit (`吨/日`, `万元`, `%`)
 * or the cell ends with one in brackets (`累计数（万户）`, `产值(亿元)`). Null when it gives none.
 */
export function headerUnitKind(cell: string): { kind: FigureKind; scaled: boolean } | null {
  let s = cell.trim();
  // `个数`, `户数`, `数量`: a column that counts, with no unit written.
  if (COUNT_HEADER.test(s)) return { kind: 'count', scaled: false };
  const m = /[（(]([^（()）]{1,8})[）)]$/.exec(s);
  if (m) s = m[1].trim();
  else if (s.length > 8) return null;
  return unitWordKind(s);
}

/**
 * The kind of a string that writes a unit and nothing else (`%`, `吨`, `万元`, `元/吨`: a scale word,
 * a unit, a rate's denominator), and whether it is scaled; null for anything else. Header cells
 * (headerUnitKind) and a table's unit column (figures/tables.ts) read their units here.
 */
export function unitWordKind(s: string): { kind: FigureKind; scaled: boolean } | null {
  // (`±%`, `+%`: a change in per cent written with its sign, as a communiqué's `同比增长（±%）`)
  if (/^[±+]?[%％]$/.test(s) || s === '百分比') return { kind: 'percent', scaled: false };
  let p = 0;
  const scale = scaleAt(s, 0);
  if (scale) p += scale[0].length;
  const u = unitAt(s, p);
  if (!u) return null;
  p += u.unit.length;
  // `吨/日`, `人/平方公里`, `元/人`: a rate keeps the kind of its numerator.
  if (p < s.length && (s[p] === '/' || s[p] === '／' || s[p] === '每')) p = s.length;
  if (p !== s.length) return null;
  return { kind: u.kind, scaled: scale !== null };
}

/** Pinyin a page's converter set in brackets after each character (`生產(chǎn)`): no unit. */
const PINYIN_NOTE = /[（(][a-zàáǎèéěìíǐòóǒùúǔüǖǘǚǜ ]*[）)]/g;

/**
 * The unit a row's name ends with (`社会消费品零售总额(亿元)`, `最终消费率(%)`), pinyin notes
 * dropped: the kind it gives the row's bare cells where the column's header gives none.
 */
export function rowNameUnitKind(name: string): { kind: FigureKind; scaled: boolean } | null {
  return headerUnitKind(name.replace(/\s+/g, '').replace(PINYIN_NOTE, ''));
}

/**
 * The unit a table's caption line gives its cells: `… 单位：亿元`, `（计量单位：吨）`, or a caption of one
 * cell ending with its unit in brackets (`指标:工业增加值_同比增长(%)`, `表1 主要产品产量（万吨）`);
 * bars around the text (a page reader's caption row `… | ||||`) are dropped. Null for anything else
 * (a caption of several cells is a row; `（续）`, `(2002年)` name no unit).
 */
/** `单位：亿元` closing a caption line (`2012年地区生产总值 单位：亿元`, `币种：人民币 单位：万元`), spaces dropped. */
const CAPTION_UNIT = /(?:计量|金额)?单位[：:]([^（()）：:，,]{1,8}?)[）)]?$/;

export function captionUnitKind(line: string): FigureKind | null {
  const s = line.replace(/\s+/g, '').replace(/^[|｜]+|[|｜]+$/g, '');
  if (!s || s.length > 60 || /[|｜。；;]/.test(s)) return null;
  const m = CAPTION_UNIT.exec(s);
  if (m) return headerUnitKind(m[1])?.kind ?? null;
  const b = /[（(]([^（()）]{1,8})[）)]$/.exec(s);
  return b && b.index > 0 ? unitWordKind(b[1].trim())?.kind ?? null : null;
}

/** The header of a column of years (`时间`, `年份`): its four-digit cells are dates. */
const YEAR_COLUMN = /^(?:时间|時間|年份|年度|年)$/;

/** Headers of columns that name the rows or the table's furniture, not a measure. */
const NO_MEASURE_HEADER = /^(?:序号|序|编号|顺序号|排序|排名|名次|名称|单位|单位名称|项目|项目名称|地区|区域|地点|街镇|类别|类型|分类|备注|说明|内容|事项|指标|指标名称|主要指标|年份|年度|时间|日期|期限|完成时限|时限|负责单位|责任单位|牵头单位|牵头部门|配合部门|责任部门|合计|小计|总计|No\.?|#)$/i;
/** A header that is a period (`2024年`, `上半年`, `1-6月`): the column is a time, the measure is the row's or the table's. */
const PERIOD_HEADER = /^(?:\d{2,4}年(?:度|末|底|初)?|\d{2,4}年?(?:[上下]半年|[一二三四1-4]季度|\d{1,2}[-—～~至]?\d{0,2}月(?:份|末|底)?)|[上下]半年|[一二三四1-4]季度|\d{1,2}[-—～~至]?\d{0,2}月(?:份|末|底)?|本年|上年|去年|今年|同期|上年同期|目标值?|预期目标|完成值|实际完成)$/;

/**
 * The measure a header cell names for its column (issue 12: a cell's figure measures its column):
 * the header without its unit in brackets (`产量（万吨）` → `产量`) and without 累计/累计数, which
 * say how the column counts (`服务点累计（个）` → `服务点`). Null when the header names no measure:
 * a bare unit (`吨/日`), a period (`2024年`), a 序号 or a column of names (地区, 单位, 项目).
 */
export function headerMeasure(cell: string): string | null {
  let s = cell.replace(/[\s\u3000*]+/g, '');
  if (!s || s.length > HEADER_CELL_MAX) return null;
  // a unit in brackets at the end (`（万户）`, `(亿元)`, `（%）`)
  const br = /[（(]([^（()）]{1,8})[）)]$/.exec(s);
  if (br && headerUnitKind(br[0])) s = s.slice(0, br.index);
  else if (headerUnitKind(s)) return null;
  s = s.replace(/(?:累计数|累计|总数|数量|个数|数)$/, (w, at: number) => (at >= 2 ? '' : w));
  s = s.replace(/^累计(?=.{2})/, '');
  // a year or period at the head says when, not what (`2026年计划投资` → `计划投资`)
  s = s.replace(/^(?:\d{2,4}年度?|本年|今年|上年|去年|当年)(?=[\u3400-\u9fff]{2})/, '');
  if (s.length < 2 || !/[\u3400-\u9fff]/.test(s)) return null;
  if (NO_MEASURE_HEADER.test(s) || PERIOD_HEADER.test(s)) return null;
  return s;
}

/** The kind a bare number takes under a header that gives `kinds` (in header order). */
function kindForNumber(value: string, kinds: { kind: FigureKind; scaled: boolean }[]): FigureKind | null {
  if (!kinds.length) return null;
  const decimal = value.includes('.');
  const tally = new Map<FigureKind, number>();
  for (const k of kinds) {
    // A count of whole things (个, 辆) is never a decimal; a scaled count (万户) may be.
    if (decimal && k.kind === 'count' && !k.scaled) continue;
    tally.set(k.kind, (tally.get(k.kind) ?? 0) + 1);
  }
  if (!decimal && tally.has('count')) return 'count';
  let best: FigureKind | null = null;
  let bestN = 0;
  let tie = false;
  for (const [k, v] of tally) {
    if (v > bestN) { best = k; bestN = v; tie = false; }
    else if (v === bestN) tie = true;
  }
  return tie ? null : best;
}

// ---------------------------------------------------------------- piped tables

function pipeCells(text: string, from: number, to: number): [number, number][] {
  const cells: [number, number][] = [];
  let p = from;
  if (text[p] === '|') p++;
  let cellStart = p;
  for (; p <= to; p++) {
    if (p === to || (text[p] === '|' && text[p - 1] !== '\\')) {
      let a = cellStart;
      let b = p;
      while (a < b && (text[a] === ' ' || text[a] === '\u3000' || text[a] === '\t')) a++;
      while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\u3000' || text[b - 1] === '\t')) b--;
      if (!(p === to && cellStart === p)) cells.push([a, b]);
      cellStart = p + 1;
    }
  }
  return cells;
}

function isPipeRow(input: AnatomyInput, li: number): boolean {
  if (input.layout.lines.empty(li)) return false;
  const text = input.text;
  const p = contentFrom(input, li);
  if (text[p] !== '|') return false;
  let bars = 0;
  for (let q = p; q < input.layout.lines.contentEnd[li] && bars < 2; q++) if (text[q] === '|') bars++;
  return bars >= 2;
}

function isSeparatorRow(input: AnatomyInput, li: number): boolean {
  return /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(input.text.slice(contentFrom(input, li), input.layout.lines.contentEnd[li]));
}

/**
 * The cells of a row of a Markdown table written without bars at its ends (`地区 | 区域 | 流量(%)`,
 * GFM allows it): the line holds a bar, and it has `columns` cells; null otherwise. The whole
 * table shows the form (barlessHeader), never one line alone.
 */
function barlessRow(input: AnatomyInput, li: number, columns: number): [number, number][] | null {
  if (input.layout.lines.empty(li)) return null;
  const a = contentFrom(input, li);
  const b = input.layout.lines.contentEnd[li];
  const bar = input.text.indexOf('|', a);
  if (bar < 0 || bar >= b) return null;
  const cells = pipeCells(input.text, a, b);
  return cells.length === columns ? cells : null;
}

/**
 * A header of a table written without the bars at its ends: the line holds a bar and does not open
 * with one, and the delimiter row under it holds a bar too (a lone `---` under a line is a setext
 * heading or a rule) and has as many columns as the header, two or more, and so has the row under
 * the delimiter: the header, the delimiter and the first row agree. The number of columns, or 0.
 */
function barlessHeader(input: AnatomyInput, li: number): number {
  const lines = input.layout.lines;
  const text = input.text;
  if (li + 2 >= lines.length || lines.empty(li) || isPipeRow(input, li)) return 0;
  const sa = contentFrom(input, li + 1);
  const sb = lines.contentEnd[li + 1];
  const sepBar = text.indexOf('|', sa);
  if (sepBar < 0 || sepBar >= sb) return 0;
  const columns = pipeCells(text, sa, sb).length;
  if (columns < 2 || !barlessRow(input, li, columns) || !barlessRow(input, li + 2, columns)) return 0;
  return columns;
}

function pipedTables(input: AnatomyInput, anatomy: Anatomy): void {
  // (a piped row holds a bar: a text holding none has no such table, and no line is read)
  if (rowMarks(input.text)[0] < 0) return;
  const { zone } = anatomy;
  const lines = input.layout.lines;
  const text = input.text;
  const n = lines.length;
  for (let li = 0; li + 1 < n; li++) {
    if (!tableZone(zone[li]) || !isSeparatorRow(input, li + 1)) continue;
    // A table opening its rows with a bar; or one written without the bars at the ends of its rows,
    // whose rows then all have the header's number of cells (a row that does not ends the table)
    const barless = isPipeRow(input, li) ? 0 : barlessHeader(input, li);
    if (!barless && !isPipeRow(input, li)) continue;
    const isRow = (k: number): boolean => (barless ? barlessRow(input, k, barless) !== null : isPipeRow(input, k));
    const header = pipeCells(text, contentFrom(input, li), lines.contentEnd[li]).map(([a, b]) => text.slice(a, b));
    const kinds = header.map((h) => headerUnitKind(h));
    const measures = header.map((h) => headerMeasure(h));
    // the table's unit, from the caption line right above the header (`单位：亿元`, `… 增长(%)`), for
    // columns whose header gives none and neither orders, counts nor rates (a column of years keeps its dates)
    const above = li > 0 && !lines.empty(li - 1) ? text.slice(contentFrom(input, li - 1), lines.contentEnd[li - 1]) : '';
    const tableUnit = above ? captionUnitKind(above) : null;
    let last = li + 1;
    while (last + 1 < n && tableZone(zone[last + 1]) && isRow(last + 1)) last++;
    for (let k = li; k <= last; k++) zone[k] = Zone.Table;
    // The first column numbers the rows when its header says so or its cells count 1, 2, 3…
    let numbered = NUMBER_COLUMN.test(header[0] ?? '');
    const rows: [number, number][][] = [];
    for (let k = li + 2; k <= last; k++) rows.push(pipeCells(text, contentFrom(input, k), lines.contentEnd[k]));
    if (!numbered && rows.length >= 2) {
      numbered = rows.every((r, i) => r.length > 1 && text.slice(r[0][0], r[0][1]) === String(i + 1));
    }
    // `| 地区 | 产量(万吨) | 增长(%) | |` over `| 1 | 北京市 | 0.02 | -29.78 |`: the numbering column lost
    // its header cell, and the header stands one column to the left (its last cell empty, every row's
    // second cell a name): each header cell names the column right of it
    const shift = numbered && header.length >= 3 && !NUMBER_COLUMN.test(header[0] ?? '') && (header[header.length - 1] ?? '').trim() === '' &&
      (header[0] ?? '').trim() !== '' && rows.every((r) => r.length === header.length && !BARE_NUMBER.test(text.slice(r[1][0], r[1][1])))
      ? 1 : 0;
    for (const r of rows) {
      r.forEach(([a, b], col) => {
        const cell = text.slice(a, b);
        const hc = col - shift;
        const measure = hc >= 0 ? measures[hc] ?? null : null;
        if (!BARE_NUMBER.test(cell)) {
          // a cell that writes its own unit (`12.5万吨`, `100%全覆盖`) still measures its column
          if (measure && /^[约近超逾≈~～<>＜＞≤≥]?[-−]?\d/.test(cell)) anatomy.cells.push({ start: a, end: b, rowLabel: false, kind: null, measure });
          return;
        }
        if (col === 0 && numbered && ROW_LABEL.test(cell)) anatomy.cells.push({ start: a, end: b, rowLabel: true, kind: null });
        // `| 时间 | 常住人口 (万人) |` / `| 2017 | 39.14 |`: a year under a column of years is the year (a date)
        else if (hc >= 0 && YEAR_COLUMN.test((header[hc] ?? '').trim()) && /^(?:19|20)\d\d$/.test(cell)) anatomy.cells.push({ start: a, end: b, rowLabel: false, kind: 'date' });
        else if (hc >= 0) {
          const h = (header[hc] ?? '').trim();
          // `| 最终消费(亿元) | 45129 |` under `| 指标 | 2017年 |`: the row's name gives the unit its
          // header does not; then the caption's, for a column that takes an amount
          const k = kinds[hc] ?? (NO_ROW_UNIT.test(h) ? null : rowNameUnitKind(text.slice(r[0][0], r[0][1])) ??
            (tableUnit && !NO_TABLE_UNIT.test(h) && !NO_ROW_UNIT.test(h) ? { kind: tableUnit, scaled: false } : null));
          if (k || measure) anatomy.cells.push({ start: a, end: b, rowLabel: false, kind: k ? k.kind : null, measure });
        }
      });
    }
    li = last;
  }
}

/**
 * Tables set with bars or tabs but no Markdown delimiter row (barredTableRows): a scraped page's
 * `| 活动名称 | 时间 |` rows, `序号 | 内容名称 |` rows, a table flattened a cell a line with a bar after
 * each cell (`一、按单位基本性质 |` / `10 |`). Their lines get the zone `table`, so a cell is never a
 * part (`一、…` in a row label) nor a title; the text right after the table is the body again.
 */
function barredTables(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const rows = barredTableRows(input.text, input.layout.lines, (li) => contentFrom(input, li));
  if (!rows) return;
  for (let li = 0; li < rows.length; li++) if (rows[li] === 1 && tableZone(zone[li])) zone[li] = Zone.Table;
}

// ---------------------------------------------------------------- space-parted rows

/**
 * A PDF text layer's table, one row a line with its cells parted by spaces (`林 业 86.95 4.2` under
 * `指标名称 绝对数（亿元） 比上年增长（%）`, figures/spaceRows.ts): its header and rows are the table's,
 * so neither is read as a heading (a short row between two paragraphs looked like a subhead).
 */
function spaceRowTables(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  for (const t of spaceTables(input.text)) {
    if (tableZone(zone[t.headerLine])) zone[t.headerLine] = Zone.Table;
    for (const li of t.rowLines) if (tableZone(zone[li])) zone[li] = Zone.Table;
  }
}

// ---------------------------------------------------------------- rows of numbers, header or none

/** A row's cells after its label: space-parted bare numbers at the line's end (`… 3001 53 0 0 61 4 3119`). */
const NUMBER_CELLS_TAIL = /(?:[ \t\u3000\u00a0]+[-−－]?\d+(?:\.\d+)?%?){3,}[ \t\u3000]*$/;
/** Cells that make a line a row by itself. */
const ROW_CELLS_ALONE = 5;
/** Longest piece of a row's label that a PDF cell broke onto a line of its own between rows. */
const LABEL_PIECE_MAX = 16;
/** Most lines between two rows of one table: the pieces of a label a cell set one character a line. */
const ROW_GAP_MAX = 12;

/** Whether the lines [from, to) hold nothing but blanks and short pieces of a label (no sentence). */
function onlyLabelPieces(input: AnatomyInput, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isBlankLine(input, k)) continue;
    const piece = shortText(input, k, LABEL_PIECE_MAX);
    if (piece === null || /[。；;！？]/.test(piece)) return false;
  }
  return true;
}

/** Longest line read as a row. */
const NUMBER_ROW_MAX = 160;

/** How many number cells end the line li (0 when fewer than three). */
function numberCells(input: AnatomyInput, li: number): number {
  const s = shortText(input, li, NUMBER_ROW_MAX);
  if (s === null) return 0;
  const m = NUMBER_CELLS_TAIL.exec(s);
  // (a row has a label or a number before its cells: a line of numbers alone is a row too)
  return m ? m[0].trim().split(/[ \t\u3000\u00a0]+/).length : 0;
}

/**
 * A PDF text layer's table whose header the extraction broke apart (a form's header over several
 * lines, cells set in two lines), its rows still one a line: a label, numbered or not, then three
 * or more number cells parted by spaces (`一、 本年新收申请数量 3001 53 0 0 61 4 3119`). Two such rows
 * within a few lines, or one of five cells or more, are a table's rows, never a numbered part, and the
 * short pieces of a label the cell broke between two rows (`（三） 不`) are the table's too.
 */
function numberRowTables(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  // (most texts hold no run of three space-parted numbers: one native search spares them the walk)
  if (!/\d[ \t\u3000]+\d+(?:\.\d+)?[ \t\u3000]+\d/.test(input.text)) return;
  let lastRow = -1;
  for (let li = 0; li < n; li++) {
    const cells = numberCells(input, li);
    if (cells === 0) continue;
    const near = lastRow >= 0 && li - lastRow <= ROW_GAP_MAX && onlyLabelPieces(input, lastRow + 1, li);
    // (a row near the last one takes that row and the label pieces between along)
    if (near) for (let k = lastRow; k < li; k++) if (tableZone(zone[k])) zone[k] = Zone.Table;
    if ((near || cells >= ROW_CELLS_ALONE) && tableZone(zone[li])) zone[li] = Zone.Table;
    lastRow = li;
  }
}

// ---------------------------------------------------------------- flattened tables

interface Row { label: number; line: number }

/**
 * A flattened table is found by its row labels: lines that hold nothing but 1, 2, 3… in order,
 * each followed by the row's cells. The header is the block of short cells just above row 1.
 */
function flattenedTables(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  let rows: Row[] = [];
  let cellsSince = 0;
  let maxRow = 0;
  // the length (cells after the label) of each finished row
  let lens: number[] = [];
  const finish = (): void => {
    if (rows.length >= 3) markFlattened(input, anatomy, rows);
    rows = [];
    lens = [];
    cellsSince = 0;
    maxRow = 0;
  };
  for (let li = 0; li < n; li++) {
    if (isBlankLine(input, li)) continue;
    if (!tableZone(zone[li])) { finish(); continue; }
    // Only short lines can be row labels or attachment labels: others are cells (or body).
    const len = lineLength(input, li);
    if (len > 200) { finish(); continue; }
    const s = len <= 12 || firstCode(input, li) === 0x9644 /* 附 */ ? shortText(input, li, 200) ?? '' : '';
    if (s && ATTACHMENT_LABEL.test(s)) { finish(); continue; }
    if (rows.length && cellsSince > 3 * Math.max(maxRow, 4) + 4) finish();
    // A row label opens its row: the cell after it names the row (text), where a number cell
    // that happens to read 1 or 2 is followed by more numbers.
    if (ROW_LABEL.test(s) && opensRow(input, li)) {
      const v = Number(s.replace(/^[*＊★☆]/, ''));
      if (rows.length && v === rows[rows.length - 1].label + 1 && cellsSince >= 1) {
        maxRow = Math.max(maxRow, cellsSince);
        lens.push(cellsSince);
        rows.push({ label: v, line: li });
        cellsSince = 0;
        continue;
      }
      // The same serial again before the next one: the row before held a value cell that reads
      // as the serial (`7` / 林荫道 / 条 / `5` / `8` / 预期性 / … / `8` / 调整改造绿地). The later
      // line is the label when it gives the row before a length nearer the table's usual one
      // (the median of up to nine rows before it, three at least: a bounded sort keeps this linear).
      if (rows.length >= 2 && v === rows[rows.length - 1].label && v > 1 && cellsSince >= 1 && lens.length >= 4) {
        const before = lens.slice(Math.max(0, lens.length - 10), -1).sort((a, b) => a - b);
        const typical = before[before.length >> 1];
        const was = lens[lens.length - 1];
        const moved = was + 1 + cellsSince;
        if (Math.abs(moved - typical) < Math.abs(was - typical)) {
          lens[lens.length - 1] = moved;
          maxRow = Math.max(maxRow, moved);
          rows[rows.length - 1] = { label: v, line: li };
          cellsSince = 0;
          continue;
        }
      }
      if (!rows.length && v === 1) {
        rows.push({ label: 1, line: li });
        lens = [];
        cellsSince = 0;
        continue;
      }
      if (rows.length === 1 && v === 1) { rows = [{ label: 1, line: li }]; lens = []; cellsSince = 0; continue; }
    }
    cellsSince++;
  }
  finish();
}

function opensRow(input: AnatomyInput, li: number): boolean {
  const n = input.layout.lines.length;
  let k = li + 1;
  while (k < n && isBlankLine(input, k)) k++;
  if (k >= n) return false;
  const t = shortText(input, k, 400);
  return t === null || (!isNumberCell(t) && !ROW_LABEL.test(t));
}

function isNumberCell(s: string): boolean {
  return BARE_NUMBER.test(s) || EMPTY_CELL.test(s) || /^\d+(\.\d+)?\s*[%％]/.test(s);
}

function markFlattened(input: AnatomyInput, anatomy: Anatomy, rows: Row[]): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  // Header: short cells right above row 1, up to a title or a line that is not a cell.
  const header: number[] = [];
  // (a page's furniture — its number, its running head — lies between header cells set at the foot
  // of one page and the rows on the next)
  for (let li = rows[0].line - 1; li >= 0; li--) {
    if (isBlankLine(input, li) || zone[li] === Zone.Furniture) continue;
    if (!tableZone(zone[li])) break;
    const s = shortText(input, li, HEADER_CELL_MAX);
    if (s === null || /[。；;：:！？]/.test(s)) break;
    header.push(li);
  }
  // A header of two cells or more, or a long enough run of rows to stand without one.
  if (header.length < 2 && rows.length < 5) return;
  header.reverse();
  // Row length: the cells between labels (the median, so one merged row does not decide).
  const lens: number[] = [];
  for (let k = 1; k < rows.length; k++) lens.push(contentLines(input, zone, rows[k - 1].line + 1, rows[k].line - 1));
  lens.sort((a, b) => a - b);
  const rowLen = lens[lens.length >> 1];
  // The last labelled row, then rows with a short name and numbers (合计, 小计…).
  let end = rows[rows.length - 1].line;
  let taken = 0;
  for (let li = end + 1; li < n && taken < rowLen; li++) {
    if (isBlankLine(input, li) || zone[li] === Zone.Furniture) continue;
    if (!tableZone(zone[li])) break;
    const s = shortText(input, li, 200);
    if (s === null || ATTACHMENT_LABEL.test(s)) break;
    end = li;
    taken++;
  }
  for (let li = end + 1; li < n; li++) {
    if (isBlankLine(input, li)) continue;
    if (!tableZone(zone[li])) break;
    const s = shortText(input, li, 12);
    if (s === null) break;
    if (isNumberCell(s)) { end = li; continue; }
    // A short name opens a row only when a number follows it.
    let next = li + 1;
    while (next < n && isBlankLine(input, next)) next++;
    const t = next < n ? shortText(input, next, 12) : null;
    if (t === null || !isNumberCell(t) || /[。，；：,;:]/.test(s)) break;
    end = li;
  }
  const first = header[0];
  for (let li = first; li <= end; li++) if (tableZone(zone[li])) zone[li] = Zone.Table;
  // Cells: row labels, and bare numbers with the kind the header's units give.
  const kinds: { kind: FigureKind; scaled: boolean }[] = [];
  const headerText = header.map((h) => shortText(input, h, HEADER_CELL_MAX) ?? '');
  for (const h of headerText) {
    const k = headerUnitKind(h);
    if (k) kinds.push(k);
  }
  const byColumn = columnKinds(input, rows, rowLen, end, header, headerText);
  const labelLines = new Set(rows.map((r) => r.line));
  const lines = input.layout.lines;
  // the row's name: its first cell that is no number (after the 序号; a 合计 row opens with it)
  let rowName: string | undefined;
  for (let li = rows[0].line; li <= end; li++) {
    if (isBlankLine(input, li) || zone[li] !== Zone.Table) continue;
    if (labelLines.has(li)) rowName = undefined;
    const s = shortText(input, li, 20);
    if (s === null) continue;
    const a = contentFrom(input, li);
    const col = labelLines.has(li) ? undefined : byColumn?.get(li);
    if (!(BARE_NUMBER.test(s) || labelLines.has(li))) {
      if (!isNumberCell(s) && /[\u3400-\u9fff]/.test(s) && (rowName === undefined || isNumberCell(shortText(input, prevContent(input, li), 20) ?? ''))) rowName = s;
      // a cell that writes its own unit (`100%全覆盖`) measures its column too
      if (col?.measure && /^[约近超逾≈~～<>＜＞≤≥]?[-−]?\d/.test(s)) anatomy.cells.push({ start: a, end: lines.contentEnd[li], rowLabel: false, kind: null, measure: col.measure, ...(rowName ? { row: rowName } : {}) });
      continue;
    }
    const cell: TableCell = { start: a, end: lines.contentEnd[li], rowLabel: labelLines.has(li), kind: null };
    if (rowName && !cell.rowLabel) cell.row = rowName;
    if (!cell.rowLabel) {
      const ck = col?.kind;
      // a count of whole things is never a decimal: such a cell is read as before
      cell.kind = ck && !(ck.kind === 'count' && !ck.scaled && s.includes('.')) ? ck.kind : kindForNumber(s, kinds);
      if (col?.measure) cell.measure = col.measure;
      if (!cell.kind && !cell.measure) continue;
      if (cell.kind) anatomy.cellUnit.set(li, cell.kind);
    }
    anatomy.cells.push(cell);
  }
}

/** What a cell's column gives it: the kind of a bare number (from the unit) and the measure named. */
interface Column { kind: { kind: FigureKind; scaled: boolean } | null; measure: string | null }

/** Headers of columns that hold no amount, whatever the table's unit: ranks, codes, years, counts. */
const NO_TABLE_UNIT = new RegExp(`(${ORDER_HEADER_WORDS}|${COUNT_HEADER_WORDS})`);
/** Headers of columns a row's or a caption's unit does not reach: orders and rates (`年份`, `增长`, `比重`). */
const NO_ROW_UNIT = new RegExp(`(${ORDER_HEADER_WORDS}|${RATE_HEADER_WORDS})`);

/**
 * The kind each number cell of a flattened table takes from its own column, when the rows are as
 * long as the header (one header line per column): a labelled row's cells fill the columns after
 * the label, a row shorter than the header (a 合计 row whose name spans the label columns) fills
 * the last columns. A column with no unit of its own takes the table's unit (`单位：万元`).
 * Null when the header does not match the rows (a header of two levels): the kinds are then
 * tallied over the whole header, as before. Linear: each line of the table is read once.
 */
function columnKinds(
  input: AnatomyInput, rows: Row[], rowLen: number, end: number, header: number[], headerText: string[],
): Map<number, Column> | null {
  // One header line more than the columns: the table's title above its header (no unit in it).
  if (header.length === rowLen + 2 && !headerUnitKind(headerText[0])) {
    header = header.slice(1);
    headerText = headerText.slice(1);
  }
  const cols = header.length;
  if (cols < 3 || rowLen + 1 !== cols) return null;
  // The table's unit: one of the two lines above the header.
  let tableUnit: { kind: FigureKind; scaled: boolean } | null = null;
  let seen = 0;
  for (let li = header[0] - 1; li >= 0 && seen < 2; li--) {
    if (isBlankLine(input, li)) continue;
    seen++;
    const m = TABLE_UNIT.exec(shortText(input, li, 24) ?? '');
    if (m) { tableUnit = headerUnitKind(m[1]); break; }
  }
  const colKind = headerText.map((h) => headerUnitKind(h) ?? (tableUnit && !NO_TABLE_UNIT.test(h) ? tableUnit : null));
  const colMeasure = headerText.map((h) => headerMeasure(h));
  if (!colKind.some((k) => k) && !colMeasure.some((m) => m)) return null;
  // Rows as lists of content lines: each labelled row up to the next label, the last one rowLen
  // cells long; after it, each row opens with a name (a cell that is no number).
  const groups: number[][] = [];
  let cur: number[] = [];
  let k = 0;
  let tail = false;
  for (let li = rows[0].line; li <= end; li++) {
    if (isBlankLine(input, li)) continue;
    if (k < rows.length && li === rows[k].line) {
      if (cur.length) groups.push(cur);
      cur = [li];
      k++;
      continue;
    }
    if (k === rows.length && !tail && cur.length === cols) tail = true;
    if (tail) {
      const s = shortText(input, li, 20);
      if (s !== null && !isNumberCell(s) && cur.length) { groups.push(cur); cur = []; }
    }
    cur.push(li);
  }
  if (cur.length) groups.push(cur);
  const out = new Map<number, Column>();
  for (const g of groups) {
    if (g.length > cols) continue;
    const shift = cols - g.length;
    g.forEach((li, i) => {
      const c = colKind[shift + i];
      const m = colMeasure[shift + i];
      if (c || m) out.set(li, { kind: c, measure: m });
    });
  }
  return out;
}

/** The nearest line above `li` that is not blank (or `li` itself at the top). */
function prevContent(input: AnatomyInput, li: number): number {
  let k = li - 1;
  while (k > 0 && isBlankLine(input, k)) k--;
  return k >= 0 ? k : li;
}

/** Lines holding a cell between from and to: blank lines and the page's furniture aside. */
function contentLines(input: AnatomyInput, zone: Uint8Array, from: number, to: number): number {
  let c = 0;
  for (let li = from; li <= to; li++) if (!isBlankLine(input, li) && zone[li] !== Zone.Furniture) c++;
  return c;
}

// ---------------------------------------------------------------- tables set with bars or tabs

/** Longest line read as a row of a table set with bars or tabs. */
const ROW_MAX = 600;
/** Longest run of characters (no tab, no space) in a row parted by tabs. */
const TAB_CELL_MAX = 40;
/** Longest cell of a table flattened a cell a line with a bar after it (`项目 |`, `10 |`). */
const BARRED_CELL_MAX = 40;

/** The shape of one line as a table's row: its cells, and how they are set. */
interface RowShape {
  /**
   * 0: no row; 1: a row of bars or tabs with two cells or more; 2: one short cell and a bar after it;
   * 3: cells parted by bars with none at either end (`地区 | 区域 | 流量(%)`), a row only in a table
   * whose header and delimiter show the form (barredTableRows).
   */
  kind: 0 | 1 | 2 | 3;
  cells: number;
  /** The line is a Markdown delimiter row (`| --- | :---: |`, `---|---|`). */
  delimiter: boolean;
  /** A cell holds a digit or more than eight characters (a menu's cells hold short words only). */
  data: boolean;
  /** The line is bars alone (`||`, `|||`: a flattened row's empty cells). */
  empty: boolean;
}

const NO_ROW: RowShape = { kind: 0, cells: 0, delimiter: false, data: false, empty: false };

function rowShape(text: string, a: number, b: number): RowShape {
  while (a < b && (text[a] === ' ' || text[a] === '\u3000')) a++;
  while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\u3000' || text[b - 1] === '\r')) b--;
  if (b - a < 2 || b - a > ROW_MAX) return NO_ROW;
  const opens = text[a] === '|' || text[a] === '｜';
  const closes = text[b - 1] === '|' || text[b - 1] === '｜';
  let bars = 0;
  let tabs = 0;
  let data = false;
  let longest = 0;
  let run = 0;
  let other = false; // a character other than a bar, a dash, a colon or a space
  for (let p = a; p < b; p++) {
    const c = text[p];
    if (c === '|' || c === '｜') { bars++; run = 0; continue; }
    if (c === '\t') { tabs++; run = 0; continue; }
    if (c !== '-' && c !== ':' && c !== ' ' && c !== '—') other = true;
    if (c >= '0' && c <= '9') data = true;
    if (c !== ' ' && c !== '\u3000' && ++run > longest) longest = run;
  }
  if (longest > 8) data = true;
  if (bars > 0) {
    const cells = bars + 1 - (opens ? 1 : 0) - (closes ? 1 : 0);
    const delimiter = !other && bars >= 1 && text.slice(a, b).includes('--');
    if (!other && !delimiter) return { kind: 2, cells: 0, delimiter: false, data: false, empty: true };
    // `| 活动名称 | 时间 |`, `序号 | 内容名称 | 内容说明 |`, `| 甲 | 乙` (a row opening with a bar)
    if ((opens && bars >= 2) || (closes && cells >= 2) || delimiter) return { kind: 1, cells, delimiter, data, empty: false };
    // `项目 |`, `10 |`: one cell a line, the bar closing it
    if (closes && cells === 1 && b - a <= BARRED_CELL_MAX + 2) return { kind: 2, cells: 1, delimiter: false, data, empty: false };
    // `地区 | 区域 | 流量(%)`: a Markdown table's row written without the bars at its ends
    if (!opens && !closes && cells >= 2) return { kind: 3, cells, delimiter: false, data, empty: false };
    return NO_ROW;
  }
  // `地区\t产量\t增长`: a row of three cells or more parted by tabs, none a paragraph (`1．\t要把…。`,
  // a list item with a tab after its number, is no row)
  if (tabs >= 2 && other && longest <= TAB_CELL_MAX) return { kind: 1, cells: tabs + 1, delimiter: false, data, empty: false };
  return NO_ROW;
}

/**
 * Where the text first holds a bar, a full-width bar and a tab (-1: nowhere), for the text last
 * asked about: the page walk (webPage.ts) and the table detector read the rows of one text in turn,
 * and the native search for the full-width bar stops at every full-width comma of a Chinese text
 * (its high byte), so it is made once per text. A text holding none of the three has no row.
 */
let marksText: string | null = null;
let marksAt: [number, number, number] = [-1, -1, -1];
function rowMarks(text: string): [number, number, number] {
  if (marksText !== text) {
    // (the full-width bar's search is slow on Chinese text, and most texts hold none: rareMarks.ts)
    marksAt = [text.indexOf('|'), holdsRare(text, '｜') ? text.indexOf('｜') : -1, text.indexOf('\t')];
    marksText = text;
  }
  return marksAt;
}

/**
 * Whether the text holds a bar or a full-width bar anywhere (rowMarks: searched once per text, and
 * shared with the outline's table reader where it read the same text). The figures' bar-table and
 * piped-row readers ask it first: a text holding neither has no such table.
 */
export function textHoldsBar(text: string): boolean {
  const [bar, wideBar] = rowMarks(text);
  return bar >= 0 || wideBar >= 0;
}

/**
 * Whether [a, b) holds a bar or a tab, for ranges asked in text order: a row has one, and most lines
 * of a text have none, so each line is not read character by character for its shape. Each of the
 * three characters is looked for forward from where the last answer left it: the text is read once.
 */
function rowGate(text: string, first: [number, number, number]): (a: number, b: number) => boolean {
  let [bar, wideBar, tab] = first;
  return (a, b) => {
    if (bar !== -1 && bar < a) bar = text.indexOf('|', a);
    if (wideBar !== -1 && wideBar < a) wideBar = text.indexOf('｜', a);
    if (tab !== -1 && tab < a) tab = text.indexOf('\t', a);
    return (bar >= 0 && bar < b) || (wideBar >= 0 && wideBar < b) || (tab >= 0 && tab < b);
  };
}

/**
 * The lines of the tables a text sets with bars or tabs, whatever its format (a scraped page's
 * `| 活动名称 | 时间 | 参与人数 |` rows with no `| --- |` under the header, rows closing each cell
 * with a bar, `序号 | 内容名称 |` rows opening with no bar, tab-parted rows, a table flattened a cell
 * a line with a bar after each cell): 1 for a line of such a table, null when the text has none.
 * A block of consecutive rows is a table when it holds a delimiter row, or three rows or more
 * most of which have as many cells as the first (two thirds), and some cell holds a number or
 * more than eight characters: a site's menu set with bars (`首页 | 新闻 | 关于`) holds short words
 * only and stays the page's. A block of one-cell lines is a table when it has six lines or more,
 * two of them numbers or a row of empty cells (`||`). Linear: each line is read once.
 */
export function barredTableRows(text: string, lines: LineTable, from?: (li: number) => number): Uint8Array | null {
  const first = rowMarks(text);
  if (first[0] < 0 && first[1] < 0 && first[2] < 0) return null;
  const n = lines.length;
  let out: Uint8Array | null = null;
  const mark = (i: number, j: number): void => {
    if (!out) out = new Uint8Array(n);
    for (let k = i; k < j; k++) out[k] = 1;
  };
  const gate = rowGate(text, first);
  const shape = (li: number): RowShape => {
    const a = from ? from(li) : lines.contentStart[li];
    const b = lines.contentEnd[li];
    return gate(a, b) ? rowShape(text, a, b) : NO_ROW;
  };
  let i = 0;
  while (i < n) {
    const first = lines.empty(i) ? NO_ROW : shape(i);
    if (first.kind === 0) { i++; continue; }
    let j = i;
    if (first.kind === 3) {
      // a table written without bars at the ends of its rows shows itself whole: a header, a
      // delimiter row of as many columns right under it, then rows of that many cells (a line of
      // prose or a menu holding a bar has no delimiter under it, and stays what it was)
      const d = i + 1 < n && !lines.empty(i + 1) ? shape(i + 1) : NO_ROW;
      if (!d.delimiter || d.cells !== first.cells) { i++; continue; }
      j = i + 2;
      while (j < n && !lines.empty(j)) {
        const s = shape(j);
        if ((s.kind !== 3 && s.kind !== 1) || s.delimiter || s.cells !== first.cells) break;
        j++;
      }
      if (j > i + 2) mark(i, j);
    } else if (first.kind === 1) {
      let rows = 0;
      let same = 0;
      let delimiter = false;
      let data = false;
      let header = -1;
      for (; j < n && !lines.empty(j); j++) {
        const s = j === i ? first : shape(j);
        if (s.kind !== 1) break;
        if (s.delimiter) { delimiter = true; continue; }
        rows++;
        if (header < 0) header = s.cells;
        if (s.cells === header) same++;
        if (s.data) data = true;
      }
      if (delimiter || (rows >= 3 && same * 3 >= rows * 2 && data)) mark(i, j);
    } else {
      let cells = 0;
      let evidence = 0;
      for (; j < n && !lines.empty(j); j++) {
        const s = j === i ? first : shape(j);
        if (s.kind !== 2) break;
        cells++;
        if (s.empty || s.data) evidence++;
      }
      if (cells >= 6 && evidence >= 2) mark(i, j);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Where a line's words end when a run of empty cells follows them (`标题 | |||||`: bars and blanks
 * only, two bars or more): the end of the words, or b when the line holds no such run or no words
 * before it (a row of cells keeps its bars: `| 名称 | 时间 |`).
 */
export function beforeEmptyCells(text: string, a: number, b: number): number {
  if (b - a < 3 || (text.charCodeAt(b - 1) !== 124 && text.charCodeAt(b - 1) !== 0xff5c)) return b;
  let p = b;
  let bars = 0;
  while (p > a) {
    const c = text.charCodeAt(p - 1);
    if (c === 124 || c === 0xff5c) bars++;
    else if (!(c === 32 || c === 9 || c === 0x3000 || c === 0xa0)) break;
    p--;
  }
  if (bars < 2 || p <= a) return b;
  // (the words hold no bar of their own: a row `名称 | 时间 | ||` is a row, not a line of words)
  for (let q = a; q < p; q++) if (text.charCodeAt(q) === 124 || text.charCodeAt(q) === 0xff5c) return b;
  return p;
}
