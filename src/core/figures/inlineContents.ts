/**
 * A book's contents flattened onto one line with the text around it (an e-book made one line a
 * paragraph: `…制作 资料汇编 目 录 第一章 甲 4 第一节 乙 4 第二节 丙 74 第三节 丁 243第四节 …`): each
 * division's page number stands between its name and the next division's mark. A page number is no
 * figure (the corpus README's decision 8), so such numbers are dropped where the line says `目录`
 * before them and holds three such pages or more. A count before a division mark elsewhere (a
 * flattened law's `…罚款5000元第六条`) has a unit or no `目录` before it, and stays.
 */
import type { Figure } from '../types';
import { positionAt } from '../text/lines';

/** `目录`, letter-spaced or not. */
const CONTENTS_WORD = /目[\s\u3000]*录/;
/** A page number (ASCII digits) right before a division's mark: `丙 74 第三节`, `丁 243第四节`. */
const PAGE_BEFORE_DIVISION = /(?<=[\u3400-\u9fff\s\u3000)）])([0-9]{1,4})(?=[\s\u3000]*第[一二三四五六七八九十百零〇0-9]{1,4}[篇章节编])/g;
/** Fewest such pages on a line read as a contents. */
const MIN_PAGES = 3;

export function dropInlineContentsPages(text: string, figs: Figure[], lineStarts: readonly number[]): Figure[] {
  if (text.indexOf('录') < 0) return figs;
  // per line holding a flattened contents: the offsets of its page numbers
  const pagesByLine = new Map<number, Set<number> | null>();
  const pagesOf = (line: number): Set<number> | null => {
    if (pagesByLine.has(line)) return pagesByLine.get(line) ?? null;
    const a = lineStarts[line];
    const e = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    const s = text.slice(a, e);
    const word = CONTENTS_WORD.exec(s);
    let out: Set<number> | null = null;
    if (word) {
      const found = new Set<number>();
      PAGE_BEFORE_DIVISION.lastIndex = word.index;
      for (let m = PAGE_BEFORE_DIVISION.exec(s); m; m = PAGE_BEFORE_DIVISION.exec(s)) found.add(a + m.index);
      if (found.size >= MIN_PAGES) out = found;
    }
    pagesByLine.set(line, out);
    return out;
  };
  const keep = figs.filter((f) => {
    if (f.kind !== 'count' && f.kind !== 'other') return true;
    const pages = pagesOf(positionAt(lineStarts, f.start).line);
    return !(pages && pages.has(f.start));
  });
  return keep.length === figs.length ? figs : keep;
}
