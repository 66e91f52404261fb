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
