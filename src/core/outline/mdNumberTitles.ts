/**
 * A part's number set bold alone on its line with the part's title on the very next line, the two a
 * paragraph of their own (`**01**` then `形势判断` or `**形势判断**`), as AI drafts and WeChat copies
 * write them: the title is read from that next line (addMdSectionNumbers, mdSubheads.ts).
 */
import type { LineTable } from './layout';
import type { MdHeading } from './markdown';
import { looksLikeTitle } from './titles';
import { unbold } from './mdSpeechTitles';

/** Longest title line read under a number (characters, bold marks included). */
const TITLE_LINE_MAX = 44;

/**
 * Where the title starts on the line under the number line `li` (its bold marks and spaces passed),
 * or -1: that line is short, reads as a title (no sentence end, no colon), is no heading or
 * candidate already, and the paragraph ends with it.
 */
export function titleUnderNumber(text: string, lines: LineTable, li: number, taken: ReadonlySet<number>, mdHeadingByLine: ReadonlyMap<number, MdHeading>): number {
  const t = li + 1;
  if (t >= lines.length || lines.empty(t) || taken.has(t) || mdHeadingByLine.has(t)) return -1;
  // the paragraph ends with the title line
  if (t + 1 < lines.length && !lines.empty(t + 1) && !lines.blank(t + 1)) return -1;
  const s = lines.contentStart[t];
  const e = lines.contentEnd[t];
  if (e - s < 2 || e - s > TITLE_LINE_MAX) return -1;
  const raw = text.slice(s, e);
  // (marks left in the words, unmatched or inside, make no title: the test below)
  const words = unbold(raw);
  if (words.length < 2 || /[*_`#>|]/.test(words) || /[。！？；：:!?;，,]$/.test(words) || !looksLikeTitle(words)) return -1;
  return s + raw.indexOf(words);
}
