/**
 * A sample's number on a 范文 page: the page gives its title (`年校长新春致辞`, `省长讲话材料(2)`),
 * then each sample under the same title numbered (`年校长新春致辞1`, `省长讲话材料篇2`). The digits
 * label the sample, as 附件1 labels an attachment: no figure. The page itself says so — the line is
 * the title repeated with a number glued on — so a short line that merely ends in a digit, with
 * no line of the page giving its title without it, keeps its figure.
 */
import type { Figure } from '../types';

/** Longest line read as a title. */
const TITLE_MAX = 40;
/** What a title line may not hold: sentence punctuation. */
const SENTENCE = /[。，；：！？,;:!?]/;
/** A page number or sample label after a title (`(2)`, `（2）`, `_2`, `篇2`, `2`). */
const TRAILING_LABEL = /(?:[(（]\d{1,2}[)）]|[_＿-]\d{1,2}|篇|范文|(?<=[\u3400-\u9fff])\d{1,2})$/;

function trimLine(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s\u3000]/.test(text[a])) a++;
  while (b > a && /[\s\u3000]/.test(text[b - 1])) b--;
  return [a, b];
}

/** The title a short line names, without a trailing label; null for a line that is no title. */
function titleOf(line: string): string | null {
  if (!line || line.length > TITLE_MAX || SENTENCE.test(line)) return null;
  let s = line;
  for (let k = 0; k < 2; k++) s = s.replace(TRAILING_LABEL, '');
  return s.length >= 4 && /[\u3400-\u9fff]$/.test(s) ? s : null;
}

/**
 * Drops the number of a sample: one or two digits ending a short line, glued to its last Chinese
 * character, where the line without them (and without 篇) is the title another line of the page
 * gives. Linear: one pass over the lines (only when such a figure exists), one over the figures.
 */
export function dropSampleNumbers(text: string, figs: Figure[]): Figure[] {
  const candidates: number[] = [];
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (f.unit !== '' || f.kind !== 'count' || !/^\d{1,2}$/.test(f.text)) continue;
    if (!/[\u3400-\u9fff]/.test(text[f.start - 1] ?? '')) continue;
    let e = f.end;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t' || text[e] === '\u3000' || text[e] === '\r')) e++;
    if (e < text.length && text[e] !== '\n') continue;
    candidates.push(k);
  }
  if (!candidates.length) return figs;
  // every short line's title, and where the line starts
  // (the lines are told apart as written: a sample line repeated twice gives no title)
  const titles = new Map<string, Set<string>>();
  const lineStartOf = (p: number): number => text.lastIndexOf('\n', p - 1) + 1;
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    if (e - p <= TITLE_MAX + 8) {
      const [a, b] = trimLine(text, p, e);
      const raw = text.slice(a, b);
      const t = titleOf(raw);
      if (t !== null) {
        const seen = titles.get(t) ?? new Set<string>();
        if (seen.size < 2) seen.add(raw);
        titles.set(t, seen);
      }
    }
    if (e >= text.length) break;
    p = e + 1;
  }
  const drop = new Set<number>();
  for (const k of candidates) {
    const f = figs[k];
    const [a] = trimLine(text, lineStartOf(f.start), f.start);
    const line = text.slice(a, f.end);
    if (line.length > TITLE_MAX || SENTENCE.test(line)) continue;
    const own = titleOf(line);
    // the same title given by another line (the line itself counts once)
    if (own !== null && (titles.get(own)?.size ?? 0) >= 2) drop.add(k);
    // 讲话稿 篇1: 篇 before the digits says the sample's number itself (an excerpt may hold no other title line)
    else if (text[f.start - 1] === '篇' && /[\u3400-\u9fff]\s*篇\d{1,2}$/.test(line) && line.length >= 7) drop.add(k);
  }
  return drop.size ? figs.filter((_, k) => !drop.has(k)) : figs;
}
