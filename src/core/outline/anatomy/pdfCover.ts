/**
 * The cover page of a paged document (PDF or Word print layout converted to text): the lines
 * before the first page furniture, all short and none a sentence — the issuer, the title (often
 * over two lines, often with Latin words in it: `独立 ABC 系统` / `接口规范`), a version, the
 * issuer again, a date. Its title is the document's title; the rest is metadata.
 *
 * The evidence is the page: a cover exists only when the conversion shows pages (running heads or
 * page numbers), and it is the whole first page, nothing on it reading as running text.
 */
import type { AnatomyInput, Anatomy } from './index';
import { Zone } from './index';
import { shortText } from './lineText';
import { isDateline } from './lineShapes';
import { cjkCount } from '../../text/cjk';

/** Fewest and most content lines a cover page holds. */
const COVER_MIN = 3;
const COVER_MAX = 14;
/** Longest line of a cover page. */
const COVER_LINE_MAX = 40;
/** Most lines a cover title runs over. */
const TITLE_LINES = 3;

/** `2.0 版`, `V1.2`, `版本 3.1`, `第二版`, `（试行）`: a version or edition line. */
function isVersion(s: string): boolean {
  return /^(版本\s*[:：]?\s*)?[Vv]?\s*\d+(\.\d+)*\s*(版|版本)?$|^第[一二三四五六七八九十\d]+版$|^[（(][^）)]{1,6}[）)]$/.test(s);
}

/** A line a cover title cannot be: a date, a version, no Chinese words, a sentence. */
function notTitle(s: string): boolean {
  if (cjkCount(s) < 2 || isVersion(s) || isDateline(s)) return true;
  if (/^[\d〇零一二三四五六七八九○十]{2,4}\s*年/.test(s)) return true;
  return /[。；;，,：:！？!?]$/.test(s) || s.includes('。');
}

export function detectPdfCover(input: AnatomyInput, anatomy: Anatomy): void {
  const { layout } = input;
  const mask = layout.furniture;
  if (!mask || layout.titleLine >= 0 || anatomy.titles.size) return;
  const zone = anatomy.zone;
  let first = -1;
  for (let i = 0; i < mask.length; i++) if (mask[i]) { first = i; break; }
  if (first < 0) return;
  const lines: number[] = [];
  const texts: string[] = [];
  for (let i = 0; i < first; i++) {
    if (layout.lines.empty(i)) continue;
    // a page already read (a web page's title block, an official document's 版头) is left as it is
    if (zone[i] !== Zone.Body) return;
    const s = shortText(input, i, COVER_LINE_MAX);
    if (s === null || lines.length >= COVER_MAX) return;
    if (/[。；;]/.test(s)) return;
    lines.push(i);
    texts.push(s);
  }
  if (lines.length < COVER_MIN) return;
  // the running head of the pages after (the first furniture line, unless it is a page number)
  const head = shortText(input, first, COVER_LINE_MAX) ?? '';
  const headWords = cjkCount(head) >= 2 ? head : '';
  // The issuer stands twice on a cover (at the head and over the date): a repeated line is no title.
  const seen = new Map<string, number>();
  for (const s of texts) seen.set(s, (seen.get(s) ?? 0) + 1);
  const candidate = (k: number): boolean =>
    !notTitle(texts[k]) && seen.get(texts[k]) === 1 && !(headWords && texts[k].includes(headWords));
  let t = -1;
  for (let k = 0; k < lines.length && t < 0; k++) if (candidate(k)) t = k;
  // a title needs something under it on the cover (an issuer, a version, a date), and a body after the cover
  if (t < 0 || t === lines.length - 1) return;
  let last = t;
  while (last + 1 < lines.length && last - t + 1 < TITLE_LINES && lines[last + 1] === lines[last] + 1 && candidate(last + 1)) last++;
  if (last === lines.length - 1) return;
  for (let k = 0; k < lines.length; k++) zone[lines[k]] = k >= t && k <= last ? Zone.Title : Zone.Metadata;
  anatomy.titles.set(lines[t], lines[last]);
}
