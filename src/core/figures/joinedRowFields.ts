/**
 * The fields of a CSV's rows joined onto one line (outline/anatomy/joinedRows.ts: `2020-06-18,#话题#,
 * 正文…,1885,9642,1775,https://…?rl=22020-06-18,#话题二#,…`), read as a record's fields are
 * (docs/testing.md): each row's date is a date, wherever the row was glued on (after a link's last
 * letter or digit, where the scanner takes its digits for part of a name), and the row's counters
 * (reposts, comments, likes: bare integers standing as fields of their own, two or more in a run
 * between ASCII commas) are machine fields, no figures. The row's text keeps its own figures: its
 * commas are the full-width ones of Chinese prose.
 * Linear: each line is tested for its length and opening, a line of joined rows read once more.
 */
import type { Figure } from '../types';
import { joinedRowTitles } from '../outline/anatomy/joinedRows';

/** A row's date right before the comma opening its headline field: `2020-06-18,`. */
const ROW_DATE = /(\d{4})-(\d{1,2})-(\d{1,2}),$/;
/** A run of bare integer fields, two or more, closed by a comma or the line's end: `,1885,9642,1775,`. */
const COUNTERS = /,(\d{1,12}(?:,\d{1,12})+)(?=,|$)/g;

/** The figures with each joined row's date read and its counters left out (see above). */
export function readJoinedRowFields(text: string, figs: Figure[]): Figure[] {
  let out = figs;
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    // (joinedRowTitles reads only a long line opening with a date, and answers [] at once for any other)
    const titles = joinedRowTitles(text, ls, le);
    if (titles.length > 0) out = readLine(text, out, ls, le, titles);
    ls = le + 1;
  }
  return out;
}

function readLine(text: string, figs: Figure[], ls: number, le: number, titles: Array<[number, number]>): Figure[] {
  const dates: Figure[] = [];
  for (const [a] of titles) {
    const m = ROW_DATE.exec(text.slice(Math.max(ls, a - 12), a));
    if (!m) continue;
    const end = a - 1;
    const start = end - (m[0].length - 1);
    const value = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    dates.push({ start, end, text: text.slice(start, end), value, unit: '', kind: 'date', approx: null, indicator: null, relation: null, of: null, section: null });
  }
  // (counter spans: [start, end) of each run's digits)
  const counters: Array<[number, number]> = [];
  const line = text.slice(ls, le);
  COUNTERS.lastIndex = 0;
  for (let m = COUNTERS.exec(line); m !== null; m = COUNTERS.exec(line)) counters.push([ls + m.index + 1, ls + m.index + 1 + m[1].length]);
  const covered = (f: Figure): boolean => dates.some((d) => f.start < d.end && f.end > d.start) || counters.some(([s, e]) => f.start >= s && f.end <= e);
  const kept = figs.filter((f) => f.start < ls || f.end > le || !covered(f));
  return kept.concat(dates).sort((x, y) => x.start - y.start);
}
