/**
 * A scraper's CSV whose rows were joined onto one line (`2020-06-18,#话题#,【#话题#】正文… 2020-06-18,
 * #话题二#,正文…`, a Weibo export saved with its line breaks turned into blanks, or none left where a
 * row's text ended on a link): each row is a record, its headline field a level-1 title on that line,
 * the numbering of the row's text under it (docs/testing.md, records convention). Before, the line
 * was read as one paragraph, its inline runs at the top level under nothing.
 *
 * Evidence, the line's own rhythm: it opens with a row (a date in figures, a comma, a headline field,
 * a comma), and the same opening recurs in it three times or more, not glued to a digit; four in five
 * of the rows' second fields read as headlines (csvRows.ts) and hold Han characters, and each such
 * row holds prose after it (30 characters or more with a clause mark) before the next row. A date
 * followed by a comma inside a sentence does not open the line and does not recur so.
 * Linear: each long line is read once by one regular expression.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { headlineField } from './csvRows';

/** A row's opening: its date (not glued to a digit before it), then its headline field between commas. */
const ROW_OPENING = /(?<![./-])(\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?),([^,\n]{2,100}),/g;
/** Least rows a joined line holds. */
const MIN_ROWS = 3;
/** A line this long at least to hold several rows. */
const MIN_LINE = 300;
/** Share of the rows whose field reads as a headline over prose. */
const SHAPE_SHARE = 0.8;
/** A row's text: characters and a clause mark. */
const PROSE_MIN = 30;

/**
 * The headline fields of a line of joined rows (above), as [start, end) in the text; empty when the
 * line is no such line. Also asked by recordLines.ts: such a line is several records, not one to decode.
 */
export function joinedRowTitles(text: string, cs: number, ce: number): Array<[number, number]> {
  if (ce - cs < MIN_LINE || !/^\d{4}-/.test(text.slice(cs, cs + 5))) return [];
  const line = text.slice(cs, ce);
  const rows: Array<{ at: number; a: number; b: number }> = [];
  ROW_OPENING.lastIndex = 0;
  for (let m = ROW_OPENING.exec(line); m !== null; m = ROW_OPENING.exec(line)) {
    const a = m.index + m[1].length + 1;
    rows.push({ at: m.index, a, b: a + m[2].length });
  }
  if (rows.length < MIN_ROWS || rows[0].at !== 0) return [];
  const titled: Array<[number, number]> = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const next = k + 1 < rows.length ? rows[k + 1].at : line.length;
    const field = line.slice(r.a, r.b);
    const title = field.trim();
    const body = line.slice(r.b + 1, next);
    if (!headlineField(title) || body.length < PROSE_MIN || !/[，。]/.test(body)) continue;
    const lead = field.length - field.trimStart().length;
    titled.push([cs + r.a + lead, cs + r.a + lead + title.length]);
  }
  return titled.length < SHAPE_SHARE * rows.length || titled.length < MIN_ROWS ? [] : titled;
}

export function detectJoinedRows(input: AnatomyInput, anatomy: Anatomy): void {
  const { text, layout } = input;
  const lines = layout.lines;
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li) || anatomy.zone[li] !== Zone.Body || anatomy.fieldTitles?.has(li)) continue;
    for (const [a, b] of joinedRowTitles(text, lines.contentStart[li], lines.contentEnd[li])) {
      if (anatomy.fieldTitles?.has(li)) (anatomy.moreFieldTitles ??= []).push([li, a, b]);
      else (anatomy.fieldTitles ??= new Map()).set(li, [a, b]);
    }
  }
}
