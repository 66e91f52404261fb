/**
 * Numbers a page's layout writes as markers, not quantities (ANNOTATION: list markers are not figures).
 *
 * - A list copied from a page whose `<ol>` numbers its items while each item keeps its own number
 *   (`  1. 1.习近平会见…`, `  2. 2.李强…`, a news site's contents of a broadcast; `20. 1.创建…`, a
 *   digest's list that runs on over sources each ranking its own items): the item's own number right
 *   after the marker the line opens with is a marker too, not a count — when it repeats the marker,
 *   or when two lines or more of the text are written so (one `1. 2.某项` alone is left a count).
 * - Section numbers a page sets alone on their lines in its own type (`00` over the contents,
 *   `01` over the first story, `02`…): two digits with a leading zero, no unit, counting up by one
 *   from line to line, prose between them — two of them or more. A single `01` alone, and code cells
 *   of a flattened table (`01` / 一般公共服务 / 1234 / `02`, no clause mark between), are left.
 *
 * Linear: one pass over the figures, each looking back over its own line's opening only.
 */
import type { Figure } from '../types';
import { isBlankInLine } from '../text/blank';
import { isAsciiDigit } from './scan';

const MARK_SIGNS = '.．、';

/**
 * Whether the figure is ASCII digits and a marker sign right after the marker its line opens with:
 * 2 when it repeats that marker (`  1. 1.`), 1 when it is another number (`20. 1.`), else 0.
 */
function echoesMarker(text: string, f: Figure): 0 | 1 | 2 {
  const len = f.end - f.start;
  if (len < 1 || len > 3 || f.unit !== '' || !MARK_SIGNS.includes(text[f.end] ?? '\n')) return 0;
  for (let q = f.start; q < f.end; q++) if (!isAsciiDigit(text.charCodeAt(q))) return 0;
  if (isAsciiDigit(text.charCodeAt(f.end + 1))) return 0;
  // the marker before it: blanks, then digits and a marker sign, then only the line's indent
  let p = f.start;
  while (p > 0 && f.start - p < 4 && isBlankInLine(text.charCodeAt(p - 1))) p--;
  if (!MARK_SIGNS.includes(text[p - 1] ?? '\n')) return 0;
  let m = p - 1;
  while (m > 0 && p - 1 - m < 3 && isAsciiDigit(text.charCodeAt(m - 1))) m--;
  if (m === p - 1 || isAsciiDigit(text.charCodeAt(m - 1))) return 0;
  let s = m;
  while (s > 0 && m - s < 8 && isBlankInLine(text.charCodeAt(s - 1))) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) return 0;
  return text.slice(m, p - 1) === text.slice(f.start, f.end) ? 2 : 1;
}

/** The figure is two digits with a leading zero (`01`) alone on its line: its value, else -1. */
function sectionNumber(text: string, f: Figure): number {
  if (f.end - f.start !== 2 || text[f.start] !== '0' || !isAsciiDigit(text.charCodeAt(f.start + 1)) || f.unit !== '') return -1;
  let p = f.start;
  while (p > 0 && f.start - p < 8 && isBlankInLine(text.charCodeAt(p - 1))) p--;
  if (p > 0 && text.charCodeAt(p - 1) !== 10) return -1;
  let e = f.end;
  while (e < text.length && e - f.end < 8 && isBlankInLine(text.charCodeAt(e))) e++;
  if (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) return -1;
  return text.charCodeAt(f.start + 1) - 48;
}

export function dropListEchoes(text: string, figs: Figure[]): Figure[] {
  let drop: Set<Figure> | null = null;
  // section numbers: runs counting up by one, in text order
  let run: Figure[] = [];
  let last = -2;
  const closeRun = () => {
    if (run.length >= 2) for (const g of run) (drop ??= new Set()).add(g);
    run = [];
  };
  // items that keep another number after the line's marker: markers when two lines or more do
  const ranks: Figure[] = [];
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const echo = echoesMarker(text, f);
    if (echo === 2) (drop ??= new Set()).add(f);
    else if (echo === 1) ranks.push(f);
    const v = sectionNumber(text, f);
    if (v < 0) continue;
    // (prose between them, a clause mark: a flattened table's code cells `01` / name / amount / `02` stay)
    if (v !== last + 1 || (run.length > 0 && !/[。；，;,：:]/.test(text.slice(run[run.length - 1].end, f.start)))) closeRun();
    run.push(f);
    last = v;
  }
  closeRun();
  if (ranks.length >= 2) for (const f of ranks) (drop ??= new Set()).add(f);
  return drop ? figs.filter((f) => !drop!.has(f)) : figs;
}
