/**
 * Subheads and titles of Markdown copies and raw-HTML posts that carry no numbering: bold HTML
 * subheads, transcript line subheads, badge numbers (`01坚持…`), bold subheads and their kickers, a
 * speech's title over its `——在…上的讲话` subtitle, a headline repeated under the `#` headline, and
 * the 引题 set as a heading above it. Each adds title candidates (or drops one) before the runs are
 * built; moved out of index.ts unchanged.
 */
import { firstAtOrAbove } from '../text/lines';
import { isSpace, type Layout, type LineTable } from './layout';
import { looksLikeLabel, looksLikeTitle } from './titles';
import { isPairedCrosshead } from './crossheadForms';
import { recurringSpeakers, turnSpeaker } from './speakerTurns';
import { isCompilationSpeaker } from './anatomy/speakerTitles';
import { isCaption, isMetaField, isSubtitle } from './anatomy/lineShapes';
import type { MdHeading, MdInfo } from './markdown';
import { newCandidate, type Candidate } from './runs';
import { zoneHoldsTitles } from './anatomy';
import { BULLETS, boldHtmlLine, htmlSubheads, nextParagraph, type HtmlTitle } from './htmlTitles';
import { opensWithTag, visibleLine, type VisibleLine } from './htmlLines';
import { breakRanges, firstBreakIn, maskAround, maskIndexAt } from './htmlBreaks';
import { withoutSpaces } from '../text/blank';
import { isSpeechSubtitle, restatesHeadline, unbold } from './mdSpeechTitles';
import { titleUnderNumber } from './mdNumberTitles';

/**
 * Bold HTML subheads of a Markdown news copy (htmlTitles.ts) as subheads (rank 1): parts of the
 * document's `#` title or section when one is open, the top level when none is. A line the
 * numbering already reads, or whose text is masked whole (a table, a comment), is left alone.
 */
/**
 * A line of raw HTML right under a Markdown heading (blank lines between): one story the heading
 * names (a news programme's copy: `### 国内联播快讯` over `<p>…</p><p><strong>…</strong></p>…`).
 * Looks back over blank lines only.
 */
function storyUnderHeading(lines: Layout['lines'], li: number, mdHeadingByLine: Map<number, MdHeading>): boolean {
  let k = li - 1;
  while (k >= 0 && (lines.blank(k) || lines.zeroWidth(k))) k--;
  return k >= 0 && mdHeadingByLine.has(k);
}

export function addHtmlSubheads(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): Map<number, HtmlTitle> {
  const { lines } = layout;
  const masks = md.masked;
  const inMask = (pos: number): boolean => maskAround(masks, pos) >= 0;
  const taken = takenLines(cands);
  // A line holding several paragraphs of the page (`<p>…</p><p>…</p>`) may hold a numbered one and
  // a bold title: only the paragraphs holding a marker are left to the numbering.
  const breaks = breakRanges(text, masks);
  const starts = cands.map((c) => c.start).sort((a, b) => a - b);
  const holdsMarker = (s: number, e: number): boolean => anyWithin(starts, s, e);
  const found = htmlSubheads(
    text, lines.length,
    (li) => [lines.contentStart[li], lines.contentEnd[li], lines.blank(li) || lines.zeroWidth(li)],
    (li) => zoneHoldsTitles(zone[li]) && !mdHeadingByLine.has(li)
      && (!taken.has(li) || firstBreakIn(breaks, lines.contentStart[li] + 1, lines.contentEnd[li] - 1) >= 0),
    holdsMarker,
    (li) => storyUnderHeading(lines, li, mdHeadingByLine),
  );
  {
    // bold labels (`土地政策：`) stand for parts only as two or more different ones
    const labels: Array<[number, number, string]> = [];
    for (let k = 0; k < found.length; k++) if (found[k].label) labels.push([k, 0, found[k].title]);
    dropRepeatedLabels(labels);
    const keep = new Set(labels.length >= 2 ? labels.map((l) => l[0]) : []);
    let w = 0;
    for (let k = 0; k < found.length; k++) if (!found[k].label || keep.has(k)) found[w++] = found[k];
    found.length = w;
  }
  const byStart = new Map<number, HtmlTitle>();
  // Two tiers of bold subheads: where the page centres its first subheads and sets others flush
  // left (`关于能源供应：…` under the centred `热点问题一一回应`), a left one after a centred one is a
  // part of that section (rank 4), not its sibling.
  // Two or more such left ones are needed; a bracketed group label (`【园区动态】`) opens a group of
  // its own and ends the tiers.
  const second = new Uint8Array(found.length);
  let seconds = 0;
  const tiered = found.length > 0 && found[0].centered;
  for (let k = 0; tiered && k < found.length; k++) {
    const t = found[k];
    if (t.title.startsWith('【') && t.title.endsWith('】')) break;
    if (!t.centered) { second[k] = 1; seconds++; }
  }
  for (let k = 0; k < found.length; k++) {
    const t = found[k];
    if (inMask(t.start)) continue;
    const c = newCandidate(t.start, 0, t.start, 'title', null, 0, false, lines.paragraph[t.line], t.line, 0, true);
    c.rank = seconds >= 2 && second[k] ? 4 : 1;
    cands.push(c);
    byStart.set(t.start, t);
  }
  return byStart;
}

/** The lines that already hold a candidate. */
export function takenLines(cands: readonly Candidate[]): Set<number> {
  const taken = new Set<number>();
  for (const c of cands) taken.add(c.line);
  return taken;
}

/** Whether a position lies in masked Markdown (code, HTML…); positions must be asked in order. */
function maskedReader(md: MdInfo): (pos: number) => boolean {
  const masks = md.masked;
  let mp = 0;
  return (pos: number): boolean => {
    while (mp < masks.length && masks[mp][1] <= pos) mp++;
    return mp < masks.length && masks[mp][0] <= pos;
  };
}

/**
 * A news programme's transcript in Markdown (`## 7. 快讯` then, line by line, a headline and its
 * story, the next headline and its story): plain lines that read as a title, stand after a finished
 * sentence (or the section's lead ending in ：) and before a line of running text, are the section's
 * subheads — when the section has two or more of them, so one short line between sentences is not
 * taken, and only over a story that ends a sentence (a flattened table's cells stop anywhere). Subheads (rank 1) nest in the Markdown section or numbered part they stand in.
 * A news page kept as raw HTML, `<p>　　…</p>` a paragraph a line, is read the same way, line by
 * line as the reader sees it (tags left out): a paragraph that reads as a title between finished
 * sentences and a story is a subhead, where two or more stand so. A line holding an image (a
 * picture and its caption) is none, and the line above a subhead must show a sentence's end (so a
 * caption under a picture line is never taken).
 */
/** A Markdown line holding nothing but a picture (`![说明](a.jpg)`, a linked one `[![](a.jpg)](…)`). */
const MD_IMAGE_LINE = /^\s*\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*$/;

export function addMdLineSubheads(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
  htmlTitles: Map<number, HtmlTitle> | null,
): void {
  const { lines } = layout;
  const masked = maskedReader(md);
  const SENTENCE_END = '。！？：；!?:;”」』）)';
  // A unit is a line, or one paragraph of a line of raw HTML that holds several (`<p>…</p> <p>…</p>`,
  // a page kept on one line): read as the reader sees it. A story kept on one line right under a
  // Markdown heading of its own is one unit (the heading names it; a title stands on a line of its
  // own, not inside the story's line). `heading`: a Markdown heading line.
  interface Unit { li: number; s: number; e: number; v: VisibleLine | null; heading: boolean }
  const CAP = 80;
  const units: Unit[] = [];
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    if (mdHeadingByLine.has(li)) { units.push({ li, s: 0, e: 0, v: null, heading: true }); continue; }
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (!opensWithTag(text, s, e)) { units.push({ li, s, e, v: null, heading: false }); continue; }
    let from = s;
    let to = nextParagraph(text, from, e);
    if (to >= e || storyUnderHeading(lines, li, mdHeadingByLine)) { units.push({ li, s, e, v: visibleLine(text, s, e, CAP), heading: false }); continue; }
    while (from < e) {
      units.push({ li, s: from, e: to, v: visibleLine(text, from, to, CAP), heading: false });
      from = to;
      to = nextParagraph(text, from, e);
    }
  }
  // where the candidates start, in order: a unit holding one is the numbering's
  const starts = cands.map((c) => c.start).sort((x, y) => x - y);
  const holdsCandidate = (s: number, e: number): boolean => anyWithin(starts, s, e);
  const taken = takenLines(cands);
  // the speakers of a transcript: a name opening three lines or more before its words (spoken54)
  const speakers = recurringSpeakers(text);
  let series: Array<[number, VisibleLine | null, number]> = [];
  // the opening words of each story: stories that open alike are the rows of a flattened table
  // (a name cell, then a cell of the same task written for each), not a programme's news items
  let openings = new Set<string>();
  let alike = false;
  const flush = (): void => {
    if (series.length >= 2 && !alike) {
      for (const [li, v, us] of series) {
        const at = v ? v.start : us;
        const c = newCandidate(at, 0, at, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
        c.rank = 1;
        cands.push(c);
        if (v && htmlTitles) htmlTitles.set(at, { start: v.start, end: v.end, title: v.text });
      }
    }
    series = [];
    openings = new Set<string>();
    alike = false;
  };
  // a paragraph of raw HTML all in bold, shorter than a story, that is one whole sentence (ends 。)
  const leadSentence = (X: Unit): boolean => {
    // (in Markdown, `**层林叠翠，碧水蜿蜒。**`: the whole line in bold, one short sentence)
    if (!X.v) return !X.heading && mdBoldLeadSentence(text.slice(X.s, X.e));
    if (X.v.start < 0 || X.v.image || X.v.length >= 40 || X.v.last !== '。') return false;
    const b = boldHtmlLine(text, X.s, X.e);
    return b !== null && b !== 'empty' && b.title.indexOf('。') === b.title.length - 1;
  };
  // prev: last unit with text before this one (none at a section start); its last character decides
  let prevLast = '';
  let prevSeen = false;
  // what the unit before this one was, in a WeChat copy's furniture: a decorative banner picture (the
  // same picture set before each part), another picture, a caption or credit under a picture, a staff
  // line (`记者｜某某`, `编辑 | 某某`)
  let prevKind: LineKind = LineKind.Text;
  const banners = bannerPictures(text, lines, maskedReader(md));
  const n = units.length;
  for (let k = 0; k < n; k++) {
    const U = units[k];
    const li = U.li;
    if (U.heading) { flush(); prevSeen = false; prevKind = LineKind.Text; continue; }
    let s = U.s;
    let e = U.e;
    const v = U.v;
    // (a line of emphasis marks alone, ` ****`, `**  **`, shows nothing: it leaves the line above as it was)
    if (!v && EMPHASIS_ONLY.test(text.slice(s, e))) continue;
    // a part's title may stand after a finished sentence, under a banner picture, or after the
    // furniture a WeChat copy sets between parts: a caption under a picture, a staff line
    const prevOk = !prevSeen || (prevLast !== '' && SENTENCE_END.includes(prevLast))
      || prevKind === LineKind.Banner || prevKind === LineKind.Caption || prevKind === LineKind.Staff;
    const kindBefore: LineKind = prevKind;
    if (v) {
      // a line of tags alone (an empty paragraph) leaves the line above as it was; a picture is no sentence
      if (v.start < 0 && !v.image) continue;
      prevLast = v.start < 0 ? '' : v.last;
      prevKind = v.image ? LineKind.Picture : LineKind.Text;
    } else {
      const picture = pictureKey(text, s, e);
      prevLast = picture !== null ? '' : text[e - 1];
      const shown = text.slice(s, e).trim();
      prevKind = picture !== null ? (banners.has(picture) ? LineKind.Banner : LineKind.Picture)
        : kindBefore === LineKind.Picture && shown.length <= 30 && !/[。！？；!?;]/.test(shown) ? LineKind.Caption
        : STAFF_LINE.test(shown) || isCaption(shown) || CREDIT_LINE.test(shown) ? LineKind.Staff
        : LineKind.Text;
    }
    prevSeen = true;
    if (v) {
      if (v.start < 0 || v.image || v.length > 40) continue;
      s = v.start;
      e = v.end;
    }
    // (a line the numbering reads is its own; a paragraph of a line holding several is asked alone)
    const split = U.s !== lines.contentStart[li] || U.e !== lines.contentEnd[li];
    if (!prevOk || (split ? holdsCandidate(U.s, U.e) : taken.has(li)) || !zoneHoldsTitles(zone[li]) || e - s > 40 || masked(s)) continue;
    const c0 = text[s];
    if (c0 === '>' || c0 === '-' || c0 === '*' || c0 === '+' || c0 === '|' || c0 === '<' || c0 === '!' || c0 === '[' || c0 === '#') continue;
    // the next unit with text is running text: long, with a sentence in it
    // (a line holding only an arrow or a bullet, `▷`, set under the subhead as an ornament, is passed over)
    let nx = k + 1;
    for (; nx < n; nx++) {
      const X = units[nx];
      if (X.heading) break;
      if (lines.blank(X.li) || lines.zeroWidth(X.li)) continue;
      // (a picture set between the subhead and its story, `<div class="img_wrapper"><img …>`, is passed over too)
      if (X.v && X.v.image) continue;
      if (!ornamentLine(text, X.s, X.e, X.v)) break;
    }
    if (nx >= n || units[nx].heading) continue;
    // a short lead sentence set in bold right under the subhead (`要完成任务，资金问题是关键。`, then
    // the story) opens the part: the story is the unit after it
    if (leadSentence(units[nx]) && nx + 1 < n && !units[nx + 1].heading) nx++;
    const N = units[nx];
    const nv = N.v;
    const nStart = nv ? nv.start : N.s;
    const nLen = nv ? nv.length : N.e - N.s;
    // (under a banner picture the title is the banner's: a story of a sentence or two is enough;
    // a part of an interview opens with its first question, `问：…？`, the answer under it)
    const opensTurn = nStart >= 0 && TURN_LABEL.test(nv ? nv.text : text.slice(N.s, Math.min(N.e, N.s + 12)));
    if (nStart < 0 || nLen < (kindBefore === LineKind.Banner ? 12 : opensTurn ? 8 : 40) || masked(nStart)) continue;
    // (a story is whole sentences: it ends with one, where a table cell flattened to a line may stop anywhere)
    // (a closing emphasis mark, `…改名**北平。**`, is markup: the sentence ends before it)
    let ne = N.e;
    while (!nv && ne - 1 > N.s && (text[ne - 1] === '*' || text[ne - 1] === '_')) ne--;
    const last = nv ? nv.last : text[ne - 1];
    if (last !== '。' && last !== '！' && last !== '？' && last !== '”') continue;
    const title = v ? v.text : text.slice(s, e).trim();
    // (a turn of the dialogue, `问：…？`, `答：…`, is the dialogue's, never a part's title)
    if (TURN_LABEL.test(title)) continue;
    // (nor is a short turn of a speaker the transcript hears again and again, `某某：完全同意`)
    if (turnSpeaker(title, speakers) !== null) continue;
    // (a line ending on a dash, `消费升级蕴含巨大潜力——`, leads into the paragraph under it)
    if (!(readsAsLineSubhead(title) || (kindBefore === LineKind.Banner && shortBannerTitle(title))) || isCaption(title) || CREDIT_LINE.test(title) || BYLINE_LINE.test(title) || title.endsWith('——')) continue;
    // (under a banner or a caption: not a staff line, a plea to follow or scan, `长按识别二维码`)
    if (kindBefore !== LineKind.Text && (STAFF_LINE.test(title) || FOLLOW_PLEA.test(title))) continue;
    // `● 项目引进实现新突破` over its paragraph: a bulleted item of a list (the goals a text lists, each
    // explained under it), no part's title, as a bold line opening with a bullet is none (htmlTitles)
    if (BULLETS.includes(title[0])) continue;
    // a line the story under it opens with (`某局局长某某` over `某局局长某某接受采访时说…`) names
    // what the story is about, a picture's caption: no part's title
    const story = nv ? nv.text : text.slice(N.s, N.s + title.length + 4).trim();
    if (story.startsWith(title)) continue;
    series.push([li, v, s]);
    const opening = nv ? nv.text.slice(0, 10) || text.slice(nStart, nStart + 10) : text.slice(N.s, N.s + 10);
    if (openings.has(opening)) alike = true;
    openings.add(opening);
  }
  flush();
}

/**
 * `问：`, `答：`, `记者问：`, `毛答：`, `主持人：`: the label of a turn in an interview or a press
 * conference, its speaker (if named) and a colon opening the line. A turn belongs to the dialogue,
 * never names a part (docs/testing.md: `问：`/`答：`/`记者：` turns are not headings).
 */
const TURN_LABEL = /^(?:[\u4e00-\u9fff]{0,4}[问答]|记者|主持人)[：:]/;

/** The furniture a WeChat copy sets between its parts, as the line-subhead reader tells it. */
const enum LineKind { Text, Picture, Banner, Caption, Staff }

/** A line of emphasis marks and spaces alone (` ****`, `** **`, `__`). */
const EMPHASIS_ONLY = /^[\s\u3000]*[*_]{2,}[\s\u3000*_]*$/;

/** `记者｜某某`, `编辑 | 某某`, `实习记者 | 某某`, `撰文 / 某某`: a staff line of a news feature. */
const STAFF_LINE = /^(?:(?:实习|特约|见习)?记者|编辑|责编|责任编辑|撰文|作者|文|图|摄影|排版|审核|校对|统筹|监制|主笔|出品)[ \u3000]*[｜|/／：:]/;

/** A plea to follow, scan or share (`长按识别二维码`, `点击关注`, `扫码加入`): the page's furniture. */
const FOLLOW_PLEA = /关注|二维码|长按|扫码|识别|点击|点赞|在看|转发|分享/;

/**
 * The line [s, e) holds nothing but a picture (bold or not, `**![](…)**`): the picture's address, its
 * query left out (`?wx_fmt=png` varies between copies of one picture) unless the address is a proxy's
 * whose query names the picture (`https://images.weserv.nl/?url=…`); null for any other line.
 */
function pictureKey(text: string, s: number, e: number): string | null {
  let a = s;
  let b = e;
  while (a < b && (text[a] === '*' || text[a] === '_')) a++;
  while (b > a && (text[b - 1] === '*' || text[b - 1] === '_' || text[b - 1] === ' ')) b--;
  const c = text[a];
  if (c !== '!' && c !== '[') return null;
  const line = text.slice(a, b);
  if (!MD_IMAGE_LINE.test(line)) return null;
  const m = /!\[[^\]]*\]\(([^)\s]*)/.exec(line);
  if (!m) return null;
  const url = m[1];
  const q = url.indexOf('?');
  return q > 0 && q > url.indexOf('/', url.indexOf('//') + 2) + 1 ? url.slice(0, q) : url;
}

/**
 * Decorative banners of a WeChat copy: a picture set alone on its line two or more times in the
 * document (the same address), as a page sets one banner before each of its parts.
 */
function bannerPictures(text: string, lines: Layout['lines'], masked: (pos: number) => boolean): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (let li = 0; li < lines.length; li++) {
    if (lines.empty(li)) continue;
    const s = lines.contentStart[li];
    const c = text[s];
    if (c !== '!' && c !== '[' && c !== '*' && c !== '_') continue;
    if (masked(s)) continue;
    const key = pictureKey(text, s, lines.contentEnd[li]);
    if (key === null) continue;
    if (seen.has(key)) again.add(key);
    else seen.add(key);
  }
  return again;
}

/**
 * `**层林叠翠，碧水蜿蜒。**`: a Markdown line all in bold holding one short sentence (under 40
 * characters, its only full stop at its end) — the lead a feature sets in bold under a part's subhead.
 */
function mdBoldLeadSentence(line: string): boolean {
  const m = /^(\*\*|__)([^*_\n]+)\1$/.exec(line.trim());
  if (!m) return false;
  const inner = m[2].trim();
  if (inner.length < 4 || inner.length >= 40) return false;
  const last = inner[inner.length - 1];
  if (last !== '。' && last !== '！') return false;
  return !/[。！？；!?;]/.test(inner.slice(0, -1));
}

/** `某某摄（人民视觉）`, `新华社记者 某某摄`, `某某绘`, `制图：某某`: a picture's credit line. */
const CREDIT_LINE = /(?:摄|绘|供图)(?:[（(][^）)]{1,12}[）)])?$|^(?:制图|图片|摄影|视觉)[：:]/;

/**
 * A plain line read as a subhead: a title, or a news subhead that ends in one ！ or ？
 * (`《药物警戒质量管理规范》正式施行！`, `未来政策怎么走？`) with a title before it.
 */
function readsAsLineSubhead(s: string): boolean {
  if (looksLikeTitle(s)) return true;
  const q = s.length - 1;
  if (q < 4 || (s[q] !== '！' && s[q] !== '？')) return false;
  const head = s.slice(0, q);
  return !/[。！？；!?;]/.test(head) && looksLikeTitle(head);
}

/**
 * `C位出道`, `5G来了`, `AI赋能`: a title too short for looksLikeTitle (fewer than four Han
 * characters) that a WeChat copy sets under the banner picture it sets before each part — three to
 * ten characters, Han and a few Latin letters or digits only, two Han characters at least.
 */
function shortBannerTitle(s: string): boolean {
  if (s.length < 3 || s.length > 10 || !/^[\u4e00-\u9fffA-Za-z0-9·]+$/.test(s)) return false;
  const latin = s.replace(/[\u4e00-\u9fff·]/g, '').length;
  return latin <= 3 && s.length - latin >= 2;
}

/** Some value of the sorted `starts` lies in [s, e). */
function anyWithin(starts: readonly number[], s: number, e: number): boolean {
  const lo = firstAtOrAbove(starts, s);
  return lo < starts.length && starts[lo] < e;
}

/** Arrows and bullets a page sets alone on a line as an ornament (`▷`, `▼`, `●`; not a flow chart's `↓`). */
const ORNAMENTS = '▷▶►▸▹➤➢▼▽◆◇■□●○•★☆';

/** The line [s, e) shows nothing but one or two ornaments (`v`: its visible text when it is raw HTML). */
function ornamentLine(text: string, s: number, e: number, v: VisibleLine | null): boolean {
  const shown = v ? v.text : text.slice(s, e).trim();
  if (shown.length === 0 || shown.length > 2) return false;
  for (const ch of shown) if (!ORNAMENTS.includes(ch)) return false;
  return true;
}

/**
 * Part titles numbered by a badge glued to them, as copies of WeChat articles keep them (`01坚持规划引领`,
 * `02 坚持产业支撑`, `1洞为什么存在`): the page set the number in a large font beside the title, and the
 * copy joins them with no mark the numbering reads. A line that is a paragraph of its own, holds a
 * number (1–99, with a leading zero or not) and a short title after it (no sentence end), is such a
 * title when it belongs to a series counting 1, 2, 3… written alike (three or more, in order); it is
 * a subhead (rank 1) of its section, its title the words after the number.
 */
export function addMdBadgeSubheads(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const taken = takenLines(cands);
  const masked = maskedReader(md);
  // candidates in document order: line, number, zero-padded, where the title starts
  const found: Array<{ li: number; n: number; padded: boolean; ts: number }> = [];
  const n = lines.length;
  for (let li = 0; li < n; li++) {
    if (lines.empty(li) || mdHeadingByLine.has(li) || taken.has(li)) continue;
    // a paragraph of its own
    if ((li > 0 && !lines.empty(li - 1) && !mdHeadingByLine.has(li - 1)) || (li + 1 < n && !lines.empty(li + 1))) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - s < 3 || e - s > 44 || masked(s) || !zoneHoldsTitles(zone[li])) continue;
    const m = BADGE_TITLE.exec(text.slice(s, e));
    if (!m) continue;
    const rest = m[3];
    if (/[。！？；!?;，,]$/.test(rest) || rest.includes('。')) continue;
    found.push({ li, n: Number(m[1] + m[2]) || Number(m[2]), padded: m[1] === '0', ts: s + m[0].length - rest.length });
  }
  if (found.length < 3) return;
  // series counting 1, 2, 3… in order, written alike; others are dropped
  for (const [k, j] of countingSeries(found, (a, b) => a.padded === b.padded)) {
    if (j - k < 3) continue;
    for (let q = k; q < j; q++) {
      const c = newCandidate(found[q].ts, 0, found[q].ts, 'title', null, 0, false, lines.paragraph[found[q].li], found[q].li, 0, true);
      c.rank = 1;
      cands.push(c);
    }
  }
}

/** A badge's number alone: two digits, zero-padded below ten (`01`, `02`, `12`); `1` alone may be a page's number. */
const LONE_BADGE = /^(?:0[1-9]|[1-9]\d)$/;

/**
 * Part numbers set alone on their line over the part's title, as a WeChat or news page sets a large
 * badge (`<p>　　01</p>` over `<p>　　深圳的3万亿之路</p>` over the part's text; a Markdown copy's `02` line
 * too): the badge is the part's marker and the title line under it is not a heading of its own (the
 * golds read marker `01`, title empty: study152-02). A badge counts only in a series counting 01, 02…
 * (two or more), each over a line that reads as a title and then a line of running text with a
 * sentence's end, so a flattened table's `01` cell (over a name, then a number) is none.
 */
export function addMdLoneBadges(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const taken = takenLines(cands);
  const masked = maskedReader(md);
  const n = lines.length;
  // the visible words of a line: tags left out on a line of raw HTML
  const shown = (li: number): { s: number; e: number; t: string } | null => {
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (opensWithTag(text, s, e)) {
      const v = visibleLine(text, s, e, 80);
      return v.start < 0 || v.image ? null : { s: v.start, e: v.end, t: v.text };
    }
    return { s, e, t: text.slice(s, e).trim() };
  };
  const nextWords = (li: number): number => {
    let k = li + 1;
    while (k < n && (lines.empty(k) || shown(k) === null)) k++;
    return k;
  };
  const found: Array<{ li: number; n: number; s: number; e: number }> = [];
  for (let li = 0; li < n; li++) {
    if (lines.empty(li) || mdHeadingByLine.has(li) || taken.has(li) || !zoneHoldsTitles(zone[li])) continue;
    const e0 = lines.contentEnd[li];
    if (e0 - lines.contentStart[li] > 200) continue;
    const b = shown(li);
    if (!b || !LONE_BADGE.test(b.t) || masked(b.s)) continue;
    const tl = nextWords(li);
    if (tl >= n || mdHeadingByLine.has(tl)) continue;
    const title = shown(tl)!;
    if (title.t.length > 40 || LONE_BADGE.test(title.t) || title.t.includes('。') || !looksLikeTitle(title.t.replace(/[？?]$/, ''))) continue;
    const body = nextWords(tl);
    if (body >= n) continue;
    const story = shown(body)!;
    if (story.t.length < 20 || !/[。！？]/.test(story.t)) continue;
    found.push({ li, n: Number(b.t), s: b.s, e: b.e });
  }
  if (found.length < 2) return;
  for (const [k, j] of countingSeries(found, () => true)) {
    if (j - k < 2) continue;
    for (let q = k; q < j; q++) {
      const f = found[q];
      const c = newCandidate(f.s, f.e - f.s, f.e, 'title', null, 0, false, lines.paragraph[f.li], f.li, 0, true);
      c.titleStop = f.e;
      c.rank = 1;
      cands.push(c);
    }
  }
}

/**
 * The series in `found` (numbers in document order) that count 1, 2, 3… each number written like
 * the series' first (`alike`), as [first, end) index ranges; a number outside such a series is passed.
 */
function countingSeries<T extends { n: number }>(found: readonly T[], alike: (a: T, b: T) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  while (k < found.length) {
    if (found[k].n !== 1) { k++; continue; }
    let j = k + 1;
    while (j < found.length && found[j].n === found[j - 1].n + 1 && alike(found[j], found[k])) j++;
    out.push([k, j]);
    k = j;
  }
  return out;
}

/**
 * WeChat section numbers alone on a line (`**01**`, `**02 **`, `01`, `Part 3`): the page sets each
 * part's number large over the part, with no title of its own, or with the title on the line under
 * it. A line that is a paragraph of its own and holds nothing but such a number (bold or not; a
 * bare one needs two digits, `01`, or `Part`) is a part's heading when the numbers form a series
 * counting 1, 2, 3… in document order, written alike, two or more, each over text. The number is the
 * heading's marker and its title is empty; a part under a titled part above it (rank 4) when the
 * document's other subheads came first, else a subhead (rank 1).
 */
export function addMdSectionNumbers(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const taken = takenLines(cands);
  const masked = maskedReader(md);
  const found: Array<{ li: number; n: number; form: string; at: number; len: number; below: number }> = [];
  const n = lines.length;
  for (let li = 0; li < n; li++) {
    if (lines.empty(li) || mdHeadingByLine.has(li) || taken.has(li)) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - s > 16 || masked(s) || !zoneHoldsTitles(zone[li])) continue;
    const m = SECTION_NUMBER.exec(text.slice(s, e));
    if (!m) continue;
    const bold = m[1] !== '';
    const word = m[2] ?? '';
    const digits = m[3];
    // (a bare number needs the zero or the word: `3` alone is a page number or a list's stray)
    if (!bold && !word && digits.length < 2) continue;
    // a paragraph of its own: nothing but blank lines (or emphasis marks) above and below it
    // (or a bold number over its part's title on the next line, a paragraph of two lines: mdNumberTitles.ts)
    if (!aloneOnLine(text, lines, li - 1)) continue;
    const below = aloneOnLine(text, lines, li + 1) ? -1 : bold ? titleUnderNumber(text, lines, li, taken, mdHeadingByLine) : -1;
    if (below < 0 && !aloneOnLine(text, lines, li + 1)) continue;
    const at = s + m[0].indexOf(word || digits);
    found.push({ li, n: Number(digits), form: (bold ? 'b' : '') + (word ? 'w' : '') + (digits.length === 2 ? '2' : '1') + (below >= 0 ? 't' : ''), at, len: (word ? m[0].indexOf(digits) - m[0].indexOf(word) : 0) + digits.length, below });
  }
  if (found.length < 2) return;
  const firstTitle = cands.reduce((a, c) => (c.isTitle && c.rank === 1 && c.line < a ? c.line : a), Infinity);
  for (const [k, j] of countingSeries(found, (a, b) => a.form === b.form)) {
    if (j - k < 2 || !hasTextUnder(text, lines, found, k, j, mdHeadingByLine)) continue;
    for (let q = k; q < j; q++) {
      const f = found[q];
      const c = newCandidate(f.at, f.len, f.at + f.len, 'title', null, 0, false, lines.paragraph[f.li], f.li, 0, true);
      if (f.below >= 0) {
        // the title is the next line's words, its bold marks aside
        c.titleLine = f.li + 1;
        c.titleStart = f.below;
      } else c.titleStop = f.at + f.len;
      c.rank = firstTitle < found[k].li ? 4 : 1;
      cands.push(c);
    }
  }
}

/**
 * Part titles set in bold under a WeChat copy's banner picture (the same picture before each part,
 * bannerPictures): the first line with text after the banner (a second picture between, the part's
 * number badge, passed over) opens with a bold span that reads as a title — alone on its line, or
 * with the part's first sentence run on after it, as a copy joins what the page set apart
 * (`**从经验到数据** 说到数据…`). Two or more such titles make them the parts (rank 1); the title is
 * the bold span.
 */
export function addMdBannerTitles(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const banners = bannerPictures(text, lines, maskedReader(md));
  if (banners.size === 0) return;
  const taken = takenLines(cands);
  const masked = maskedReader(md);
  const found: Array<[number, number, number]> = [];
  const n = lines.length;
  for (let li = 0; li < n; li++) {
    if (lines.empty(li)) continue;
    const s0 = lines.contentStart[li];
    if (masked(s0)) continue;
    const key = pictureKey(text, s0, lines.contentEnd[li]);
    if (key === null || !banners.has(key)) continue;
    // the next line with text, past blank lines, emphasis marks alone and one more picture (a badge)
    let nx = li + 1;
    let pictures = 0;
    for (; nx < n; nx++) {
      if (lines.empty(nx) || lines.blank(nx) || lines.zeroWidth(nx)) continue;
      const a = lines.contentStart[nx];
      const b = lines.contentEnd[nx];
      if (EMPHASIS_ONLY.test(text.slice(a, b))) continue;
      const k = pictureKey(text, a, b);
      if (k === null) break;
      if (banners.has(k) || ++pictures > 1) { nx = n; break; }
    }
    if (nx >= n || taken.has(nx) || mdHeadingByLine.has(nx) || !zoneHoldsTitles(zone[nx])) continue;
    const a = lines.contentStart[nx];
    const m = /^[ \u3000]*\*\*([^*\n]{2,40})\*\*/.exec(text.slice(a, lines.contentEnd[nx]));
    if (!m) continue;
    const inner = m[1].trim();
    if (!looksLikeTitle(inner) || /[：:，,]$/.test(inner) || STAFF_LINE.test(inner) || FOLLOW_PLEA.test(inner)) continue;
    const ts = a + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    found.push([nx, ts, ts + inner.length]);
  }
  if (found.length < 2) return;
  for (const [li, ts, te] of found) {
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.titleStop = te;
    c.rank = 1;
    cands.push(c);
  }
}

/** `**01**`, `**02 **`, `01`, `Part 1`, `PART 02`, `**Part.3**`: a section number alone. */
const SECTION_NUMBER = /^(\*\*|__|)[ \u3000]*(?:(Part|PART)[ .]?)?(0[1-9]|[1-9][0-9]?)[ \u3000]*\1[ \u3000]*$/;

/** Line `li` is blank, zero-width or emphasis marks alone, or lies outside the document. */
function aloneOnLine(text: string, lines: Layout['lines'], li: number): boolean {
  if (li < 0 || li >= lines.length) return true;
  if (lines.empty(li) || lines.blank(li) || lines.zeroWidth(li)) return true;
  return EMPHASIS_ONLY.test(text.slice(lines.contentStart[li], lines.contentEnd[li]));
}

/** Every number of the series found[k..j) has a line of text after it before the next number. */
function hasTextUnder(
  text: string, lines: Layout['lines'], found: ReadonlyArray<{ li: number }>, k: number, j: number, mdHeadingByLine: Map<number, MdHeading>,
): boolean {
  for (let q = k; q < j; q++) {
    const end = q + 1 < found.length ? found[q + 1].li : lines.length;
    let ok = false;
    for (let li = found[q].li + 1; li < end && !ok; li++) {
      if (lines.empty(li) || mdHeadingByLine.has(li)) continue;
      const t = text.slice(lines.contentStart[li], lines.contentEnd[li]);
      if (/[\u4e00-\u9fff]{4}/.test(t) && !EMPHASIS_ONLY.test(t)) ok = true;
    }
    if (!ok) return false;
  }
  return true;
}

/** A badge number and the title glued to it: `01坚持…`, `02 坚持…`, `1洞为什么…` (not `2024年`, `3个`, `5G`). */
const BADGE_TITLE = /^\*{0,2}(0?)([1-9][0-9]?)\*{0,2}[ \u3000]?(?![年月日号个件项条次元万亿千百%％.．、，,:：\-—）)])((?:[\u4e00-\u9fff“《【]|[A-Za-z]{2,})[^\n]{1,40})$/;

/**
 * A speech or article copied under the copier's own `#` headings (mdSpeechTitles.ts): the headline
 * repeated as a line of the body right under the `#` headline (only a source quote, a rule or
 * metadata between) is a level-1 title; the speech's title alone on its line, bold or not, right
 * over its `——在…上的讲话` subtitle is the title of the section's speech (rank 1: its parts hang
 * under it), or a level-1 title where it restates the headline.
 */
export function addMdSpeechTitles(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  if (mdHeadingByLine.size === 0) return;
  const { lines } = layout;
  const n = lines.length;
  const taken = takenLines(cands);
  const S = (i: number): string => (i < 0 || i >= n || lines.empty(i) ? '' : text.slice(lines.contentStart[i], lines.contentEnd[i]).trim());
  const inMask = (pos: number): boolean => maskIndexAt(md.masked, pos) >= 0;
  let headLine = -1;
  for (const [li] of mdHeadingByLine) if (headLine < 0 || li < headLine) headLine = li;
  const head = mdHeadingByLine.get(headLine)!;
  const headline = head.depth === 1 ? text.slice(head.contentStart, head.contentEnd).trim() : '';
  // where the title's words start: after the line's indent and its bold marks
  const titleStart = (li: number): number => {
    let p = lines.contentStart[li];
    const e = lines.contentEnd[li];
    while (p < e && isSpace(text.charCodeAt(p))) p++;
    if (unbold(S(li)) !== S(li)) p += 2;
    while (p < e && isSpace(text.charCodeAt(p))) p++;
    return p;
  };
  const ownParagraph = (li: number): boolean => (li === 0 || lines.empty(li - 1) || mdHeadingByLine.has(li - 1)) && (li + 1 >= n || lines.empty(li + 1) || isSpeechSubtitle(S(li + 1)));
  const push = (li: number, rank: number): void => {
    const ts = titleStart(li);
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.rank = rank;
    cands.push(c);
    taken.add(li);
  };
  const fits = (li: number): boolean => {
    if (taken.has(li) || mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li]) || inMask(lines.contentStart[li])) return false;
    const s = S(li);
    if (s.startsWith('>') || s.startsWith('-') || s.startsWith('|')) return false;
    const w = unbold(s);
    return w.length >= 4 && w.length <= 40 && looksLikeTitle(w) && !/[：:]/.test(w) && !isSubtitle(w) && ownParagraph(li);
  };
  // The headline again under the `#` headline: only blank lines, a source quote, a rule or
  // metadata between (eight lines at most).
  if (headline) {
    for (let j = headLine + 1, seen = 0; j < n && seen < 8; j++) {
      const s = S(j);
      if (!s) continue;
      if (mdHeadingByLine.has(j)) break;
      seen++;
      if (s.startsWith('>') || /^(?:[-*_][ \t]*){3,}$/.test(s) || isMetaField(s)) continue;
      if (fits(j) && restatesHeadline(headline, s)) push(j, 0);
      break;
    }
  }
  // A title over its speech's dash subtitle, in a section of the copy.
  for (let li = headLine + 1; li < n; li++) {
    if (lines.empty(li) || !fits(li)) continue;
    let j = li + 1;
    if (j < n && lines.empty(j)) j++;
    if (j >= n || !isSpeechSubtitle(S(j))) continue;
    push(li, headline && restatesHeadline(headline, S(li)) ? 0 : 1);
  }
}

/**
 * Plain two-line subheads of a newspaper feature copied into Markdown (`整合资源` / `“原本需要…”`,
 * each a paragraph of its own, the story going on under them): a short label, no punctuation,
 * over a quotation that stands alone on its line. The label heads the part (rank 1), the quotation
 * is its kicker; only where the piece has two or more such pairs under a `#` headline.
 */
export function addMdQuotedSubheads(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  if (mdHeadingByLine.size === 0) return;
  const { lines } = layout;
  const n = lines.length;
  const taken = takenLines(cands);
  const own = (li: number): boolean => li >= 0 && li < n && !lines.empty(li) && (li === 0 || lines.empty(li - 1)) && (li + 1 >= n || lines.empty(li + 1));
  const nextText = (li: number): number => {
    let k = li + 1;
    while (k < n && lines.empty(k)) k++;
    return k < n ? k : -1;
  };
  const found: Array<[number, number]> = [];
  for (let li = 0; li < n; li++) {
    if (!own(li) || mdHeadingByLine.has(li) || taken.has(li) || !zoneHoldsTitles(zone[li])) continue;
    const s = lines.contentStart[li];
    const e = lines.contentEnd[li];
    if (e - s < 2 || e - s > 40 || maskIndexAt(md.masked, s) >= 0) continue;
    const label = text.slice(s, e).trim();
    const q = nextText(li);
    if (q < 0 || !own(q) || mdHeadingByLine.has(q)) continue;
    const second = text.slice(lines.contentStart[q], lines.contentEnd[q]).trim();
    let b = nextText(q);
    // a label over a quotation alone on its line (Chinese characters only: no sentence, no credit
    // line `某某摄`, no byline)
    const quoted = /^[\u3400-\u9fff]{2,12}$/.test(label) && looksLikeTitle(label) && !/[摄绘图]$|^编者|记者|供图/.test(label) &&
      second.length >= 6 && second.length <= 60 && second[0] === '“' && second[second.length - 1] === '”' && second.indexOf('”') === second.length - 1;
    if (!quoted) {
      // a lead-in naming the story's person and ending on a dash (`某地巡护员某某——`) over the story's
      // title, a byline line possibly under them
      // (or, in a page of statements, the speaker's offices and name alone: `某某公司总经理某某`)
      const lead = label.endsWith('——') ? label.slice(0, -2) : isCompilationSpeaker(withoutSpaces(label) + '：') ? label : '';
      if (lead.length < 4 || !looksLikeTitle(lead) || /[，。！？；：]/.test(lead)) continue;
      if (second.length < 4 || second.length > 30 || !looksLikeTitle(phrasesJoined(second)) || /[。！？；：]/.test(second)) continue;
      if (b >= 0 && own(b) && lines.contentEnd[b] - lines.contentStart[b] <= 24 && BYLINE_LINE.test(text.slice(lines.contentStart[b], lines.contentEnd[b]))) b = nextText(b);
    }
    if (b < 0 || mdHeadingByLine.has(b) || !runningTextLine(text, lines.contentStart[b], lines.contentEnd[b], 16)) continue;
    found.push([li, s]);
  }
  if (found.length < 2) return;
  for (const [li, ts] of found) {
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.rank = 1;
    cands.push(c);
  }
}

/**
 * A headline's matched phrases set apart by spaces (`既拿报酬  又学技能`, `水清了  岸美了  鱼多了`)
 * read as their words joined; any other line as it is.
 */
function phrasesJoined(s: string): string {
  return /^[\u3400-\u9fff]{2,8}(?:[ \u3000]+[\u3400-\u9fff]{2,8})+$/.test(s) ? withoutSpaces(s) : s;
}

/** `本报记者  某某`, `新华社记者 某某 某某`: a story's byline on its own line. */
const BYLINE_LINE = /^(?:本报|新华社|人民日报|光明日报|经济日报)?(?:特约|见习)?(?:记者|通讯员)[ \u3000]/;

/** A box's label set in bold over the box (`链接`, `相关链接`, `延伸阅读`, `背景`, `记者手记`). */
const BOX_LABEL = /^(?:(?:相关|新闻|背景)?链接|延伸阅读|背景(?:资料)?|小资料|记者手记|短评)$/;

/**
 * Line `k` is the second line of a two-line bold subhead: a whole line in bold, a paragraph of its
 * own, that reads as a title, with running text (not another bold line, not a heading) under it.
 */
function mdKickerLine(text: string, lines: LineTable, k: number, n: number, mdHeadingByLine: Map<number, MdHeading>): boolean {
  if (k >= n || mdHeadingByLine.has(k) || (k + 1 < n && !lines.empty(k + 1))) return false;
  const inner = unbold(text.slice(lines.contentStart[k], lines.contentEnd[k]));
  if (inner === text.slice(lines.contentStart[k], lines.contentEnd[k]).trim() || inner.length > 30) return false;
  if (!looksLikeTitle(phrasesJoined(inner)) || /[：:]/.test(inner) || /记者|通讯员|编辑|摄影|作者/.test(inner)) return false;
  let nx = k + 1;
  while (nx < n && lines.empty(nx)) nx++;
  // (the story may open on a short sentence: `上午9点，某公司，一场晨会开始。`)
  return nx < n && !mdHeadingByLine.has(nx) && runningTextLine(text, lines.contentStart[nx], lines.contentEnd[nx], 16);
}

/** `话题一：`, `专题二：`: an ordinal label of a part before its title in a bold line (a digest's topics). */
const PART_LABEL = /^(?:话题|专题|议题|主题|板块)[一二三四五六七八九十]{1,3}[：:]\s*\S/;

/**
 * Part titles set in bold in a Markdown copy (`**稳住粮食面积**` as a paragraph of its own, running
 * text under it): subheads (rank 1) of the section they stand in, when the document has two or more
 * of them. Only a whole paragraph in bold counts (a bold phrase inside a sentence is emphasis), and
 * only one that reads as a title (no sentence, no label and colon).
 */
export function addMdBoldSubheads(
  text: string, layout: Layout, cands: Candidate[], zone: Uint8Array, md: MdInfo, mdHeadingByLine: Map<number, MdHeading>,
): void {
  const { lines } = layout;
  const taken = takenLines(cands);
  const masked = maskedReader(md);
  const found: Array<[number, number, string]> = [];
  const n = lines.length;
  let prevBlank = true;
  // the last line with text before this one, and whether it was a whole line in bold
  let prevLine = -1;
  let prevBold = false;
  // the words of the last whole bold line, when the line above is one
  let aboveInner = '';
  for (let li = 0; li < n; li++) {
    if (lines.empty(li)) { prevBlank = true; continue; }
    const wasBlank = prevBlank;
    prevBlank = false;
    const above = prevLine;
    const aboveBold = prevBold;
    prevLine = li;
    let s = lines.contentStart[li];
    let e = lines.contentEnd[li];
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0x3000)) e--;
    const mark = text[s];
    prevBold = e - s >= 5 && (mark === '*' || mark === '_') && text[s + 1] === mark && text[e - 1] === mark && text[e - 2] === mark;
    const boxAbove = aboveInner;
    aboveInner = prevBold ? text.slice(s + 2, e - 2).trim() : '';
    if (!prevBold || e - s < 6 || e - s > 64) continue;
    // a paragraph of its own: a blank line (or a heading) above it and below it
    // — or, in a copy that sets each paragraph on a line with no blank line between, a finished
    // paragraph right above it (the writer still set the title on a line of its own)
    if (!wasBlank && !(li > 0 && mdHeadingByLine.has(li - 1)) && !(above === li - 1 && finishedParagraphLine(text, lines.contentStart[above], lines.contentEnd[above]))) continue;
    // under a numbered heading or another bold line with no text between, a bold line goes on with
    // the title above (`**二、甲在**` / `**乙中的应用**`) or is one of a block of bold labels
    // (a byline, a sign-off, a page's "recommended" box), not a part of its own; under a `#` heading
    // it may open the section's first part
    // (a topic line with its ordinal label, `**话题二：…**`, goes on with no title above it)
    // (a box's label in bold over the box's bold headline, `**链接**` / `**…投资下达超140亿元**`: the
    // headline heads the box)
    const underBoxLabel = aboveBold && BOX_LABEL.test(boxAbove);
    if (above >= 0 && !mdHeadingByLine.has(above) && (aboveBold || taken.has(above)) && !PART_LABEL.test(text.slice(s + 2, e - 2)) && !underBoxLabel) continue;
    // a bold line alone on its line with the text going on right under it (`**稳住粮食面积**` /
    // `今年要…`, no blank line between: one Markdown paragraph, but the writer set the title on a
    // line of its own) is the same subhead; a label with a colon counts only as a paragraph of its own
    const runOn = li + 1 < n && !lines.empty(li + 1);
    if (runOn && !runningTextLine(text, lines.contentStart[li + 1], lines.contentEnd[li + 1])) continue;
    if (taken.has(li) || mdHeadingByLine.has(li) || !zoneHoldsTitles(zone[li]) || masked(s)) continue;
    s += 2;
    e -= 2;
    const inner = text.slice(s, e).trim();
    if (inner.includes('*') || inner.includes('_')) continue;
    // a bold label standing alone, `**土地政策：**` over its paragraph, names the part as a title does
    const label = looksLikeLabel(inner);
    if (label && runOn) continue;
    // an ordinal part label before the title, `**话题一：【核心主线】…**` (a digest's topics): the
    // colons are the label's and the title's, and the part may open with a list under it
    const part = !label && PART_LABEL.test(inner);
    // (a head and its deck parted by a colon, or a question the section answers, is a crosshead of
    // a feature or an interview too: crossheadForms.ts)
    if (!label && !part && (!looksLikeTitle(inner) || /[：:]/.test(inner)) && !isPairedCrosshead(inner)) continue;
    if (part && !looksLikeTitle(inner.replace(/[：:]/g, ' '))) continue;
    // running text under it: a long line, not another bold line or a heading
    let nx = li + 1;
    while (nx < n && lines.empty(nx)) nx++;
    if (nx >= n || mdHeadingByLine.has(nx)) continue;
    const nStart = lines.contentStart[nx];
    const bullet = part && (text[nStart] === '*' || text[nStart] === '-') && (text[nStart + 1] === ' ' || text[nStart + 1] === '\t');
    // a two-line subhead, the title and its kicker each in bold on its own line (`**带动群众就业增收**` /
    // `**既拿报酬  又学技能**`) over running text: the first line heads the part
    const kicker = !label && !part && !runOn && !BOX_LABEL.test(inner) && mdKickerLine(text, lines, nx, n, mdHeadingByLine);
    if (!kicker && (lines.contentEnd[nx] - nStart < 30 || (text[nStart] === '*' && !bullet) || masked(nStart))) continue;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0x3000)) s++;
    found.push([li, s, label ? inner : '']);
  }
  dropRepeatedLabels(found);
  // A bold line right under a `#` heading that stays the only one in that heading's section divides
  // nothing: it is the section's thesis set in bold (study notes: `## 精髓` / `**解放思想，实事求是**` /
  // the text explaining it), not the title of a part beside others.
  const kept = found.filter(([li], k) => {
    let up = li - 1;
    while (up >= 0 && lines.empty(up)) up--;
    if (up < 0 || !mdHeadingByLine.has(up)) return true;
    const next = k + 1 < found.length ? found[k + 1][0] : n;
    if (next >= n) return false;
    for (let j = li + 1; j < next; j++) if (mdHeadingByLine.has(j)) return false;
    return true;
  });
  if (kept.length < 2) return;
  for (const [li, ts] of kept) {
    // (the heading stands at its text, as a `#` heading's does)
    const c = newCandidate(ts, 0, ts, 'title', null, 0, false, lines.paragraph[li], li, 0, true);
    c.rank = 1;
    cands.push(c);
  }
}


/** Line [s, e) is running text that ends a paragraph: a sentence's stop (`。！？`, a closing quote after it) at its end. */
function finishedParagraphLine(text: string, s: number, e: number): boolean {
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0x3000)) e--;
  let last = text.charCodeAt(e - 1);
  if ((last === 0x201d || last === 0x300d || last === 0xff09) && e - 2 >= s) last = text.charCodeAt(e - 2); // ” 」 ）
  if (last !== 0x3002 && last !== 0xff01 && last !== 0xff1f) return false;
  // (a short sentence closing a talk, `谢谢！`, finishes its paragraph as a long one does)
  return runningTextLine(text, s, e) || shortSentenceLine(text, s, e);
}

/** Line [s, e) is one short sentence of words (`谢谢！`, `这是我们的眼睛。`): no markup opening it, no clause mark inside. */
function shortSentenceLine(text: string, s: number, e: number): boolean {
  const t = text.slice(s, e);
  return t.length >= 3 && t.length < 30 && /^[\u3400-\u9fff“「]/.test(t) && !/[，,；;：:]/.test(t);
}

/**
 * Line [s, e) is running text going on a paragraph: 30 characters or more with a stop or comma in
 * it, not a list item, quote, table row, picture, HTML or another bold line.
 */
function runningTextLine(text: string, s: number, e: number, min = 30): boolean {
  if (e - s < min) return false;
  const c = text[s];
  if (c === '*' || c === '_' || c === '-' || c === '+' || c === '>' || c === '|' || c === '#' || c === '<' || c === '!' || c === '[') return false;
  if (/^\d{1,3}[.)、]/.test(text.slice(s, s + 4))) return false;
  for (let i = s; i < e; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f || ch === 0xff1b || ch === 0xff0c || ch === 0xff1a) return true; // 。！？；，：
  }
  return false;
}

/**
 * A newspaper copy that sets the headline's 引题 as a deeper heading right above the `#` headline
 * (`### 在山东，农民用…看戏——` / blank / `# 瞧！咱老乡消费也挺“潮”`): the document's first heading,
 * deeper than the `#` heading that follows it with only blank lines between, is the headline's
 * kicker, no heading of its own (docs/testing.md: an 引题 is not a heading). Only the first heading,
 * and the heading right under the headline when it opens with a dash (its 副题).
 */
export function dropMdKickerHeading(text: string, lines: Layout['lines'], cands: Candidate[], mdHeadingByLine: Map<number, MdHeading>): void {
  let first = -1;
  for (const [li] of mdHeadingByLine) if (first < 0 || li < first) first = li;
  const after = (li: number): number => {
    let k = li + 1;
    while (k < lines.length && lines.empty(k)) k++;
    return k;
  };
  const drop = new Set<number>();
  const a = mdHeadingByLine.get(first)!;
  const next = after(first);
  const b = mdHeadingByLine.get(next);
  if (a.depth > 1 && b && b.depth === 1) drop.add(first);
  // …and its 副题 set as a deeper heading right under it, opening with a dash
  // (`# 坚持内需主导…` / `## ——着力推进全年经济工作八大重点任务①`)
  const head = a.depth === 1 ? first : b && b.depth === 1 ? next : -1;
  const sub = head >= 0 ? after(head) : -1;
  const c = mdHeadingByLine.get(sub);
  if (c && c.depth > 1 && /^(?:——|－－|—)/.test(text.slice(c.contentStart, c.contentEnd).trim())) drop.add(sub);
  if (drop.size === 0) return;
  let w = 0;
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k];
    if (drop.has(x.line) && x.mdDepth > 0 && x.isTitle) continue;
    cands[w++] = x;
  }
  cands.length = w;
}

/**
 * Bold labels standing alone (`土地政策：`, the third item of each entry, a non-empty string) name
 * parts only when each names a different one: the same label twice (`主持人：`, `优点：` under each
 * item) is a speaker's turn or a field of a repeated form, and all its copies are dropped.
 */
function dropRepeatedLabels<T extends [number, number, string]>(found: T[]): void {
  const seen = new Map<string, number>();
  for (const f of found) if (f[2]) seen.set(f[2], (seen.get(f[2]) ?? 0) + 1);
  let w = 0;
  for (const f of found) if (!f[2] || seen.get(f[2]) === 1) found[w++] = f;
  found.length = w;
}
