/**
 * A record's serial number standing before its title field in a file of one-line records
 * (`00001,某校举办…`, `12,"某县召开…",2024-03-03`): the row's id, a field the machine keeps, no
 * quantity the text states (docs/testing.md: a record's machine fields are not figures). The outline
 * says which rows are records: their title field is a level-1 title opening after a comma or a tab,
 * and the row's only field before it is a bare integer. Two such rows or more (a file of records, not
 * one numbered line). An ordinary table of figures titles no row, so its numbers stay as they are;
 * a file whose rows' texts were decoded as records (recordLines.ts) keeps its ids as metadata figures.
 * Linear: each heading is read once, the figures once.
 */
import type { Figure, Outline } from '../types';
import { lastAtOrBefore } from '../text/lines';

/** Longest serial read (a record id, not a quantity written across a row). */
const MAX_SERIAL = 12;

/** The figures without the serials of the rows the outline read as records (see above). */
export function dropRecordSerials(text: string, figs: Figure[], outline?: Outline): Figure[] {
  // (a file read as one-line records whose texts were decoded, outline/recordLines.ts, keeps its
  // rows' other fields as metadata figures, as docs/anatomy.md says there: only rows read as they
  // stand, an index of headlines, are read here)
  if (!outline || outline.records || figs.length === 0) return figs;
  const ls = outline.lineStarts;
  // (serial spans, start → end)
  const serials = new Map<number, number>();
  for (const h of outline.headings) {
    if (h.marker !== '' || h.parent !== null || h.inline) continue;
    let p = h.titleStart - 1;
    // (a quoted title field: `12,"某县召开…"`)
    if (p >= 0 && text.charCodeAt(p) === 34) p--;
    const sep = text.charCodeAt(p);
    if (p < 0 || (sep !== 44 && sep !== 9)) continue;
    const lineStart = ls[lastAtOrBefore(ls, h.titleStart)];
    if (p - lineStart > MAX_SERIAL + 2) continue;
    const m = /^[ \t]*"?(\d{1,12})"?$/.exec(text.slice(lineStart, p));
    if (!m) continue;
    const a = lineStart + m[0].indexOf(m[1]);
    serials.set(a, a + m[1].length);
  }
  if (serials.size < 2) return figs;
  // (a row between two records whose title the outline did not read, `00055,某校…；…`, a headline with a
  // clause inside, keeps the column's shape: its serial, rising between its neighbours', is one too)
  const starts = [...serials.keys()];
  return figs.filter((f) => {
    if (serials.get(f.start) === f.end) return false;
    if (f.start <= starts[0] || f.start >= starts[starts.length - 1] || typeof f.value !== 'number') return true;
    const li = lastAtOrBefore(ls, f.start);
    if (!/^[ \t]*"?$/.test(text.slice(ls[li], f.start)) || !/^"?[,\t]/.test(text.slice(f.end, f.end + 2))) return true;
    const k = lastAtOrBefore(starts, f.start);
    const lo = Number(text.slice(starts[k], serials.get(starts[k])));
    const hi = Number(text.slice(starts[k + 1], serials.get(starts[k + 1])));
    return !(f.value > lo && f.value < hi);
  });
}
