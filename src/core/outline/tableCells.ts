/**
 * A data table's cell in a record's markup (recordLines.ts `readMarkup`): an editor wraps each
 * cell's words in their own paragraph (`<td>\r\n\t<p>项目名称</p>\r\n</td>`), so read tag by tag
 * every cell stood on a line of its own: the header cell `项目名称` became the document's title and a
 * cell `一、城市道路改造工程` a part of it. A short cell (no sentence in it, a few words) is a cell of
 * a row: the paragraph tags and line breaks inside it are spaces, and the row (`</tr>`) is the line.
 * A cell holding running text (an article laid out in a table) keeps its paragraphs.
 */

/** Longest cell content looked at (characters of markup, from the cell's opening tag). */
const CELL_SPAN = 400;
/** Most characters of words a short cell shows. */
const CELL_WORDS = 40;

/**
 * Where the short cell whose opening tag ends at `q` (`<td …>` or `<th …>`) closes (the offset of its
 * `</td`/`</th`), or -1 when the cell is long, holds a sentence or another table, or is not closed
 * within reach.
 */
export function shortCellEnd(t: string, q: number): number {
  const limit = Math.min(t.length, q + CELL_SPAN);
  let words = 0;
  let inTag = false;
  for (let p = q; p < limit; p++) {
    const c = t.charCodeAt(p);
    if (inTag) {
      if (c === 62) inTag = false;
      continue;
    }
    if (c === 60) {
      const head = t.slice(p, p + 6).toLowerCase();
      if (head.startsWith('</td') || head.startsWith('</th')) return p;
      if (head.startsWith('<td') || head.startsWith('<th') || head.startsWith('<table') || head.startsWith('</tr') || head.startsWith('<tr')) return -1;
      inTag = true;
      continue;
    }
    // a sentence's end: running text, not a cell of a row
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return -1;
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && ++words > CELL_WORDS) return -1;
  }
  return -1;
}

/** Longest table looked at (characters of markup, from its opening tag). */
const TABLE_SPAN = 200000;
/** Cells a row must have, in one row of the table at least, for the table to hold data. */
const DATA_CELLS = 3;
/** Most characters of words a cell of a data table shows (a task's measures, a short paragraph). */
const DATA_CELL_WORDS = 600;

/**
 * Where the data table whose opening tag starts at `p` (`<table …>`) closes (the offset of its
 * `</table`), or -1. A data table (a 工作任务清单 of 序号 | 重点内容 | 具体措施 | 责任人) has a row of three
 * cells or more, no cell over DATA_CELL_WORDS characters of words and no table inside it: each row
 * is one line of the text read, its cells side by side, however the editor broke the lines between
 * and inside them (`<td>\r\n\t<p>全年</p>\r\n</td>`), so no cell stands alone on a line as a title.
 * A table that lays out a page (one cell a row, or a cell holding the article) is no data table.
 */
export function dataTableEnd(t: string, p: number): number {
  const limit = Math.min(t.length, p + TABLE_SPAN);
  let cells = 0;
  let most = 0;
  let words = 0;
  let inTag = false;
  for (let q = t.indexOf('>', p) + 1; q > 0 && q < limit; q++) {
    const c = t.charCodeAt(q);
    if (inTag) {
      if (c === 62) inTag = false;
      continue;
    }
    if (c === 60) {
      const head = t.slice(q, q + 7).toLowerCase();
      if (head.startsWith('</table')) return most >= DATA_CELLS ? q : -1;
      if (head.startsWith('<table')) return -1;
      if (head.startsWith('<tr') || head.startsWith('</tr')) {
        cells = 0;
      } else if (head.startsWith('<td') || head.startsWith('<th')) {
        if (++cells > most) most = cells;
        words = 0;
      }
      inTag = true;
      continue;
    }
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && ++words > DATA_CELL_WORDS) return -1;
  }
  return -1;
}
