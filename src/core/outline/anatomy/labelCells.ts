/**
 * Row labels of a table flattened one cell a line with no 序号 column (a budget's 收支平衡表:
 * `一、本级收入` / `167500` / `一、本级支出` / `701553` / `税收` / `83660` …). The labels keep the
 * numbering the printed table gave its rows (`一、` `二、`, each column numbering its own), and
 * taken for headings they break the document's own `一、` run. A numbered line is such a label when
 * it is short, holds no clause mark, and the lines with text right before and right after it are
 * bare numbers (the row's value, the row above's value): a heading is never followed by a bare
 * number alone on its line. Such lines get the zone `table` (no numbering run lives there).
 */
import { Zone, type Anatomy, type AnatomyInput } from './index';
import { isBlankLine, shortText } from './lineText';

/** A number cell: digits, thousands separators, a decimal part (`846531`, `1,234.5`, `-12.3`). */
const NUMBER_CELL = /^[-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^[-−]?\d+(?:\.\d+)?$/;
/** A label that opens with a numbering marker: `一、`, `（二）`, `(三)`, `1.`, `2、`. */
const NUMBERED_LABEL = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;
/** Longest label read as a cell. */
const LABEL_MAX = 20;

export function detectLabelCells(input: AnatomyInput, anatomy: Anatomy): void {
  const { zone } = anatomy;
  const n = input.layout.lines.length;
  // previous line with text, carried along the scan
  let prev = -1;
  for (let li = 0; li < n; li++) {
    if (isBlankLine(input, li)) continue;
    const before = prev;
    prev = li;
    if (zone[li] !== Zone.Body && zone[li] !== Zone.Attachment) continue;
    if (before < 0 || !numberCell(input, before)) continue;
    const s = shortText(input, li, LABEL_MAX);
    if (s === null || !NUMBERED_LABEL.test(s) || /[。；;，,：:！？]/.test(s)) continue;
    let next = li + 1;
    while (next < n && isBlankLine(input, next)) next++;
    if (next >= n || !numberCell(input, next)) continue;
    zone[li] = Zone.Table;
  }
}

function numberCell(input: AnatomyInput, li: number): boolean {
  const s = shortText(input, li, 24);
  return s !== null && NUMBER_CELL.test(s);
}
