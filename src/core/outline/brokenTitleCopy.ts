/**
 * A copied page says the document's title twice: the page's headline (or the browser's title line,
 * or the metadata table's 名称 field) over the metadata bar, then the document's own title over
 * its text, set by the office in two to four short lines (`国家发展改革委 国家能源局关于做好` /
 * `2021年电力中长期合同签订工作的通知`). The page's copy is one line, often with the 文号 in
 * brackets after it; the own copy may name the issuing offices before `关于`. Read joined, the
 * short lines say the page's title again: they are the document's own title (its first line is
 * annotated), a title of its own that heads the parts, as a title printed twice word for word is.
 */
import type { Layout } from './layout';
import type { MdHeading, MdInfo } from './markdown';
import { newCandidate, type Candidate } from './runs';
import { zoneHoldsTitles } from './anatomy';
import { maskIndexAt } from './htmlBreaks';
import { looksLikeTitle } from './titles';

/** A title's words as compared: no blanks, no emphasis marks, no page wrapper, no bracketed 文号 after it. */
export function titleCore(s: string): string {
  let t = s.replace(/\s+/g, '').replace(/\*\*|__/g, '');
  // `【title】-国家发展和改革委员会`, `title_委局文件_政务公开`: the browser's title line around the headline
  const bracket = /^【([^【】]{6,})】(?:[-_|—–].*)?$/.exec(t);
  if (bracket) t = bracket[1];
  // `title(发改运行〔2020〕1784号)`: the page's headline carries the filing number after the title
  const filed = /^(.{6,}?)[（(][^（()）]{0,24}〔\d{4}〕[^（()）]{0,12}[）)]$/.exec(t);
  if (filed) t = filed[1];
  return t;
}

/**
 * Whether `parts` (the words of two to four consecutive short lines, in order) joined say `title`
 * again: the same words, or the issuing offices before a title that opens with `关于`. `title`
 * is a title already read (its core, `titleCore`), ten characters at least.
 */
export function saysTitleAgain(parts: readonly string[], title: string): boolean {
  if (parts.length < 2 || title.length < 10) return false;
  const joined = parts.map(words).join('');
  if (joined === title) return true;
  if (!title.startsWith('关于') || !joined.endsWith(title)) return false;
  const issuer = joined.slice(0, joined.length - title.length);
  // (the offices' names: a few words, no sentence, all on the first line, `关于` opening the rest)
  return issuer.length >= 2 && issuer.length <= 30 && !/[，。；：:,;！？]/.test(issuer) && words(parts[0]).length >= issuer.length + 2;
}

function words(s: string): string {
  return s.replace(/\s+/g, '').replace(/\*\*|__/g, '');
}

/**
 * The Markdown copy of such a page (a scraper's saved page: the headline as a `##` heading over the
 * metadata bar, the document's own title in two to four bold or plain short lines further down,
 * each its own paragraph): the own title's first line is a level-1 title. Only within the page's
 * head: the first numbered part or running text ends the search.
 */
export function addMdBrokenTitleCopy(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  if (mdHeadingByLine.size === 0) return;
  const { lines } = layout;
  const n = lines.length;
  let headLine = -1;
  for (const [li] of mdHeadingByLine) if (headLine < 0 || li < headLine) headLine = li;
  const head = mdHeadingByLine.get(headLine)!;
  const said = titleCore(text.slice(head.contentStart, head.contentEnd));
  if (said.length < 10) return;
  const taken = new Set<number>();
  let firstMarked = n;
  for (const c of cands) {
    taken.add(c.line);
    if (c.family !== 'title' && c.line > headLine && c.line < firstMarked) firstMarked = c.line;
  }
  const S = (li: number): string => text.slice(lines.contentStart[li], lines.contentEnd[li]).trim();
  // a short line of its own that may be a piece of a title: no heading, no quote, list or table
  const piece = (li: number): boolean => {
    if (taken.has(li) || mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li]) || maskIndexAt(md.masked, lines.contentStart[li]) >= 0) return false;
    const s = S(li);
    return s.length > 0 && s.length <= 44 && !/^[>|\-+!\[]/.test(s) && !/[。；！？]/.test(s);
  };
  for (let li = headLine + 1, seen = 0; li < n && li < firstMarked && seen < 40; li++) {
    if (lines.empty(li)) continue;
    seen++;
    if (!piece(li) || !looksLikeTitle(S(li).replace(/\*\*|__/g, ''))) continue;
    const parts: string[] = [];
    for (let j = li, k = 0; j < n && k < 4 && j < firstMarked; j++) {
      if (lines.empty(j)) continue;
      if (!piece(j)) break;
      parts.push(S(j));
      k++;
      if (saysTitleAgain(parts, said)) {
        let ts = lines.contentStart[li];
        while (ts < lines.contentEnd[li] && /[\s\u3000*_]/.test(text[ts])) ts++;
        cands.push(newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true));
        return;
      }
    }
  }
}
