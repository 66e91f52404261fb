/**
 * Items quoted across paragraphs (laws53). An amendment or an amending decision quotes the article
 * it rewrites in full: `二、将刑法第一百六十六条修改为：“…有下列情形之一的，…：` / `“（一）…的；` /
 * `“（二）…的；`. Chinese typesetting opens every paragraph of a quotation with `“` and closes only
 * the last one, so an item's line starts with the quote and its marker follows it. Such a line is
 * read as at a line start when the quotation goes on from the paragraph above: that paragraph
 * opened more quotes than it closed. A quote that opens and closes on its own line
 * (`“（一）是指…”`, a saying) continues nothing and is left as prose.
 */
import { LineTable, LINE_BLANK } from './layout';

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const CORNER_OPEN = 0x300c; // 「
const CORNER_CLOSE = 0x300d; // 」
/** Blank lines passed over looking for the paragraph above (a Markdown copy keeps one between paragraphs). */
const BLANKS_MAX = 3;

/** Whether `pos` holds the opening quote of a paragraph that continues a quotation left open in the paragraph above line `li`. */
export function continuesQuotation(text: string, lines: LineTable, li: number, pos: number): boolean {
  const q = text.charCodeAt(pos);
  if (q !== OPEN && q !== CORNER_OPEN) return false;
  let j = li - 1;
  for (let k = 0; j >= 0 && k < BLANKS_MAX && (lines.flags[j] & LINE_BLANK) !== 0; k++) j--;
  if (j < 0 || (lines.flags[j] & LINE_BLANK) !== 0) return false;
  const open = q === OPEN ? OPEN : CORNER_OPEN;
  const close = q === OPEN ? CLOSE : CORNER_CLOSE;
  let depth = 0;
  for (let p = lines.contentStart[j], e = lines.contentEnd[j]; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === open) depth++;
    else if (c === close && depth > 0) depth--;
  }
  return depth > 0;
}
