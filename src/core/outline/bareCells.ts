/**
 * Cells of a table a PDF's text layer flattened one cell a line (a data interface's fields: code,
 * length, name, note, each on its own line). A field's name with a number (`业务单元1`, `价格2`,
 * `股份数量1`) reads like a part's label (`材料1`, `变化2`); standing right under a cell that holds
 * a code or a number alone (`XWH1` / `5` / `业务单元1`), it is the next cell of the same row.
 */
import type { Layout } from './layout';

/** A code or a number alone on a line (`XWH1`, `5`, `17`, `0.00`). */
const BARE_CELL = /^(?=[^\s]*[A-Za-z0-9])[A-Za-z0-9.#]{1,10}$/;

/**
 * Whether the line right above li (no blank line between) is such a cell. A page's number above a
 * label stands apart from it by the page break's blank line, and is no cell.
 */
export function underBareCell(text: string, lines: Layout['lines'], li: number): boolean {
  if (li === 0 || lines.empty(li - 1)) return false;
  const a = lines.contentStart[li - 1];
  const b = lines.contentEnd[li - 1];
  return b - a <= 10 && BARE_CELL.test(text.slice(a, b));
}
