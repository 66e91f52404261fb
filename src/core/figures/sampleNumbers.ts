/**
 * A sample's number on a 范文 page: the page gives its title (`年校长新春致辞`, `省长讲话材料(2)`),
 * then each sample under the same title numbered (`年校长新春致辞1`, `省长讲话材料篇2`). The digits
 * label the sample, as 附件1 labels an attachment: no figure. The page itself says so — the line is
 * the title repeated with a number glued on — so a short line that merely ends in a digit, with
 * no line of the page giving its title without it, keeps its figure.
 *
 * outline/sampleTitles.ts reads the same pages for a heading, from other evidence, and is kept apart:
 * it needs a title the outline has already taken above the line, and a number in digits or Chinese
 * numerals, bracketed or bare, the line maybe in 【】; here only digits glued to a line's last
 * character count, checked without the outline's titles against any short line of the page (above
 * or below, itself labelled `(2)`, `_2`, `篇`). One grammar for both would change both readings.
 */
import type { Figure } from '../types';
import { contentEnd, contentStart, textEnd, textStart } from '../text/blank';
import { namesDocument } from '../outline/compilationItems';

/**
 * A document's name (工作报告, 讲话, 总结, 致辞, 方案 …): the outline's namesDocument (a 范文 page's
 * essay title, a compilation's piece), and besides it the kinds of an official document and a draft
 * (通知, 意见, 办法, 规划, …稿). Those the outline's test does not take: it was drawn from speech
 * compilations and essays, and there they would make more lines head a piece; here they only say
 * that a number glued to the name labels it.
 */
const OFFICIAL_END = /(?:规划|通知|意见|制度|办法|细则|决定|公告|稿)$/;
const namesTitle = (s: string): boolean => namesDocument(s) || OFFICIAL_END.test(s);

/** Longest line read as a title. */
const TITLE_MAX = 40;
/** What a title line may not hold: sentence punctuation. */
const SENTENCE = /[。，；：！？,;:!?]/;
/** A page number or sample label after a title (`(2)`, `（2）`, `_2`, `篇2`, `2`). */
const TRAILING_LABEL = /(?:[(（]\d{1,2}[)）]|[_＿-]\d{1,2}|篇|范文|(?<=[\u3400-\u9fff])\d{1,2})$/;

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
    const e = contentStart(text, f.end, text.length);
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
      const a = contentStart(text, p, e);
      const raw = text.slice(a, contentEnd(text, a, e));
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
    const a = contentStart(text, lineStartOf(f.start), f.start);
    const line = text.slice(a, f.end);
    if (line.length > TITLE_MAX || SENTENCE.test(line)) continue;
    const own = titleOf(line);
    // the same title given by another line (the line itself counts once)
    if (own !== null && (titles.get(own)?.size ?? 0) >= 2) drop.add(k);
    // 讲话稿 篇1: 篇 before the digits says the sample's number itself (an excerpt may hold no other title line)
    else if (text[f.start - 1] === '篇' && /[\u3400-\u9fff]\s*篇\d{1,2}$/.test(line) && line.length >= 7) drop.add(k);
    // 乡镇政府工作报告1 with no line giving the title alone: still a label glued to a title (a
    // document's name, six characters at least), not a count of anything
    else if (own !== null && own.length >= 6 && namesTitle(own)) f.kind = 'other';
  }
  return drop.size ? figs.filter((_, k) => !drop.has(k)) : figs;
}

/**
 * The nearest line with text before (dir -1) or after (dir 1) the line [a, b) (`b` at its line
 * break or the text's end), its blanks at either end passed over: 200 characters of it at most, from
 * its side toward the line; '' past 200 characters of blank lines.
 */
function neighbourLine(text: string, a: number, b: number, dir: -1 | 1): string {
  if (dir < 0) {
    const stop = Math.max(0, a - 200);
    const e = textEnd(text, stop, a);
    if (e === stop) return '';
    const floor = Math.max(0, e - 201);
    let s = e - 1;
    while (s > floor && text[s - 1] !== '\n') s--;
    return text.slice(contentStart(text, s, e), e);
  }
  const stop = Math.min(text.length, b + 200);
  const s = textStart(text, b, stop);
  if (s === stop) return '';
  const ceiling = Math.min(text.length, s + 200);
  let e = s;
  while (e < ceiling && text[e] !== '\n') e++;
  return text.slice(s, contentEnd(text, s, e));
}

/** A line of prose: six Chinese characters in a row at least. */
const PROSE = /[\u3400-\u9fff]{6}/;

/**
 * A number of one or two digits alone on its line between lines of prose (`一、一年来，…` / `1` /
 * `农业农村经济稳中有升。…`): a converted document's page number or a lost item number, a label,
 * kind other, not a count. Not when a line next to it is a bare number too (a flattened table's
 * cells, read by the table passes) or a label asking for a value (`户数：`).
 */
export function labelLoneNumbers(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.kind !== 'count' || f.unit !== '' || !/^\d{1,2}$/.test(f.text)) continue;
    // alone on its line: blanks (a CR) between it and the line's ends
    const a = contentEnd(text, 0, f.start);
    const b = contentStart(text, f.end, text.length);
    if ((a > 0 && text[a - 1] !== '\n') || (b < text.length && text[b] !== '\n')) continue;
    const before = neighbourLine(text, a, b, -1);
    const after = neighbourLine(text, a, b, 1);
    if (!before || !after) continue;
    const bare = /^[\d.,，%％\s-]+$/;
    if (bare.test(before) || bare.test(after) || /[:：]$/.test(before)) continue;
    // prose on both sides: a table's cells (`100%全覆盖` / `40` / `/`) are short
    if (!PROSE.test(before) || !PROSE.test(after)) continue;
    f.kind = 'other';
  }
}
