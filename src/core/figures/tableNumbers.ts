/**
 * Numbers of tables or sections written chapter-hyphen-order (a statistical yearbook's list of tables
 * `1-1 全国行政区划`, `1-2 国民经济…`, `表3-1 各地区…`) open an item's name; they count nothing and are no
 * range, though `1-2` reads as one where a unit follows (`1-2个`). A lone such pair is left as read:
 * only a series tells the numbering (study134, a yearbook's table list read as 272 false ranges).
 *
 * A pair of ASCII numbers joined by a hyphen, first at its line or table cell (blanks, Markdown marks,
 * a bar `|` or a tab before it, or `表`/`图`), a blank then a name after it; the pairs sharing their
 * first number form a series, and a member whose second number has a neighbour (one less or one
 * more) in a series of three or more is a number, not a figure. Linear: each figure is read once and
 * looks at a bounded window around it.
 */
import type { Figure } from '../types';
import { isHan } from '../text/cjk';
import { isLatinLetter } from './scan';

/** `1-1`, `12-103` opening the figure's text, then its end or a blank. */
const PAIR = /^(\d{1,2})[-－](\d{1,3})(?=$|[ \t\u3000])/;
/** How far back on the line the item's opening is looked for. */
const OPEN_WINDOW = 8;

/** Only blanks, Markdown marks or `表`/`图` between the line's or cell's start and `start`. */
function opensItem(text: string, start: number): boolean {
  for (let p = start - 1; p >= 0 && start - p <= OPEN_WINDOW; p--) {
    const c = text[p];
    if (c === '\n' || c === '|' || c === '\t') return true;
    if (c !== ' ' && c !== '\u3000' && c !== '#' && c !== '*' && c !== '>' && c !== '表' && c !== '图') return false;
  }
  return start - OPEN_WINDOW <= 0;
}

/** A blank, then a name (a Han character or a Latin letter) after the pair at `end`. */
function namedAfter(text: string, end: number): boolean {
  let p = end;
  if (p >= text.length || (text[p] !== ' ' && text[p] !== '\u3000' && text[p] !== '\t')) return false;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u3000')) p++;
  const c = text.charCodeAt(p);
  return isHan(c) || isLatinLetter(c);
}

/** The figures with the series' numbers of tables or sections left out. */
export function dropTableNumbers(text: string, figs: Figure[]): Figure[] {
  const found: Array<{ i: number; first: number; second: number }> = [];
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const m = PAIR.exec(f.text);
    if (!m || !opensItem(text, f.start) || !namedAfter(text, f.start + m[0].length)) continue;
    found.push({ i, first: Number(m[1]), second: Number(m[2]) });
  }
  if (found.length < 3) return figs;
  const series = new Map<number, Set<number>>();
  for (const c of found) {
    let s = series.get(c.first);
    if (!s) series.set(c.first, (s = new Set()));
    s.add(c.second);
  }
  const drop = new Set<number>();
  for (const c of found) {
    const s = series.get(c.first);
    if (s && s.size >= 3 && (s.has(c.second - 1) || s.has(c.second + 1))) drop.add(c.i);
  }
  return drop.size === 0 ? figs : figs.filter((_, i) => !drop.has(i));
}
