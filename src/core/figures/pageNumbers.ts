/**
 * Page numbers are figures (docs/testing.md, conventions of the twenty-ninth round: a number that
 * names something, a page number among them, is kind `other`). The study golds annotate the number
 * of a page-mark line of a PDF's text layer (`— 2 —`, `第 3 页 共 6 页`, a bare `4` between pages)
 * 21 times against 1 skipped, in six documents of five sources: the page's number is `other`, the
 * total of `共 6 页` counts pages (`count`).
 */
import type { Figure, Outline } from '../types';
import { positionAt } from '../text/lines';
import { zoneFinder } from './zoneLines';

/** Whether a run of bare numbers counting 1, 2, 3… alone on their lines (ordinals.ts) numbers pages. */
export type PageRunTest = (run: Figure[]) => boolean;

/**
 * A run of bare numbers alone on their lines is the pages' numbers, not a flattened table's row
 * labels, where the outline found page furniture on the lines of at least half its members (a page
 * holds a page's worth of lines: findPageFurniture). Its members are kept, kind `other`, the first
 * page's too where the outline did not mark it. Undefined where the outline found no furniture.
 */
export function pageRunTest(outline?: Outline): PageRunTest | undefined {
  const zones = outline?.zones;
  if (!zones || !zones.some((z) => z.zone === 'furniture')) return undefined;
  const starts = outline.lineStarts;
  // (one binary search a figure, not a walk over every furniture span: a long PDF has one a page)
  const zoneAt = zoneFinder(zones);
  const onFurniture = (f: Figure): boolean => {
    const line = positionAt(starts, f.start).line;
    const z = zoneAt(line);
    return z.zone === 'furniture' && z.firstLine <= line && line <= z.lastLine;
  };
  return (run) => {
    let on = 0;
    for (let i = 0; i < run.length; i++) if (onFurniture(run[i])) on++;
    if (on * 2 < run.length) return false;
    for (let i = 0; i < run.length; i++) if (run[i].kind === 'count') run[i].kind = 'other';
    return true;
  };
}

/** Keeps a figure of a page-mark line (dropListMarks), its kind set: `true` always. */
export function keepPageNumber(text: string, f: Figure): boolean {
  if (f.kind === 'count' && !afterTotalWord(text, f.start)) f.kind = 'other';
  return true;
}

/** Whether 共 (blanks between) stands right before the figure: the total of `第 N 页 共 M 页`. */
function afterTotalWord(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u3000')) p--;
  return p >= 0 && text[p] === '共';
}

/**
 * A PDF parser's rows written as JSON records (`{"page": 2, "allrow": 19, "type": "页脚", "inside": "2"}`,
 * one row of the page's text each, its header and footer typed 页眉/页脚): the text of a footer row
 * that is nothing but a page mark is the page's number, a figure of kind `other`, where a record's
 * quoted integer is otherwise a machine value (recordCodes.ts). The rows' other fields (page, allrow)
 * stay machine fields. Skips at once when no footer type is written.
 */
const FOOTER_ROW = /"type"\s*:\s*"(?:页脚|页眉|footer|header)"\s*,\s*"(?:inside|text|content)"\s*:\s*"\s*$/;

/** The figures of `figs` that are the page numbers of footer rows (see above), or null when none. */
export function footerRowPageNumbers(text: string, figs: Figure[]): Figure[] | null {
  if (text.indexOf('"页脚"') < 0 && text.indexOf('"footer"') < 0) return null;
  let out: Figure[] | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (typeof f.value !== 'number' || !/^[0-9]{1,4}$/.test(f.text)) continue;
    if (!/^\s*"\s*\}/.test(text.slice(f.end, f.end + 6))) continue;
    if (!FOOTER_ROW.test(text.slice(Math.max(0, f.start - 60), f.start))) continue;
    f.kind = 'other';
    (out ??= []).push(f);
  }
  return out;
}

/** The figures with those of `kept` that a later pass dropped put back, in text order. */
export function withKept(figs: Figure[], kept: Figure[] | null): Figure[] {
  if (kept === null) return figs;
  const have = new Set(figs);
  const back = kept.filter((f) => !have.has(f));
  if (back.length === 0) return figs;
  return figs.concat(back).sort((a, b) => a.start - b.start);
}
