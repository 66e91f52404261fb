/**
 * A page source's headline set as display type in a paragraph rather than in an `<hN>`: a speech
 * posted by a CMS or exported from Word shows its title in large type, centred or bold
 * (`<p class="newstitle"><font style="font-size:20px;font-weight:bolder;">…</font><br/>——…的讲话</p>`,
 * `<p align=center …><span style='font-size:15.0pt;\nfont-family:华文行楷'>开学典礼发言稿</span></p>`,
 * the tag wrapped over two source lines as Word writes it). The reader sees it as the page's
 * heading, so it is read as one: a depth-1 heading of the page, as an `<h1>` is.
 *
 * Evidence is the markup's own, never the words: large type (15pt, 20px, `<font size=5>` or more)
 * together with centring, bold or a class naming a title. The visible words up to the first line
 * break are the title (a `——…` line under it is its 副题); they must read as a title, carry no
 * numbering (a numbered part keeps its marker reading) and stand outside any table.
 */
import { looksLikeTitle } from './titles';
import { isBlankAny as isBlankCode } from '../text/blank';

/** How far past a paragraph's opening tag its close is looked for. */
const SPAN = 800;
/** Longest title read. */
const MAX_TITLE = 60;
/** Smallest display sizes: points, pixels, and `<font size=…>`. */
const MIN_PT = 15;
const MIN_PX = 20;
const MIN_FONT_SIZE = 5;

const CENTRED = /\balign\s*=\s*["']?center|text-align\s*:\s*center|<center\b/i;
const BOLD = /<(b|strong)[\s>]|font-weight\s*:\s*(bold|[6-9]00)/i;
const TITLE_CLASS = /^<(p|div)\b[^>]*\bclass\s*=\s*["']?[\w-]*title/i;
const SIZE = /font-size\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px)|<font\b[^>]*\bsize\s*=\s*["']?(\d)/gi;
/** A numbered line keeps its marker reading (`一、`, `（一）`, `1.`, `第一章`, `附件1`). */
const NUMBERED = /^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]|第[一二三四五六七八九十百\d]+[章节条部篇]|附件)/;

/** The markup [s, e) sets its words in display type: large, and centred, bold or titled. */
function displayType(markup: string): boolean {
  let large = false;
  SIZE.lastIndex = 0;
  for (let m = SIZE.exec(markup); m && !large; m = SIZE.exec(markup)) {
    if (m[3] !== undefined) large = +m[3] >= MIN_FONT_SIZE;
    else large = m[2].toLowerCase() === 'pt' ? +m[1] >= MIN_PT : +m[1] >= MIN_PX;
  }
  return large && (CENTRED.test(markup) || BOLD.test(markup) || TITLE_CLASS.test(markup));
}

/**
 * The display headlines of a page source: [start, end) of each title's visible words. `masked` are
 * the page's tags and hidden elements in order (analyseHtmlSource); `open(s, e)` says whether the
 * paragraph [s, e) may head the page (no `<hN>` heading stands above it or in it).
 */
export function htmlDisplayTitles(text: string, masked: Array<[number, number]>, open: (s: number, e: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let tables = 0;
  for (let i = 0; i < masked.length; i++) {
    const [p, q] = masked[i];
    if (text.charCodeAt(p) !== 60) continue;
    const c1 = text.charCodeAt(p + 1) | 32;
    // `<table`/`</table`: a cell's large bold words head a column, never the page
    if (c1 === 116 || (text.charCodeAt(p + 1) === 47 && (text.charCodeAt(p + 2) | 32) === 116)) {
      const closing = text.charCodeAt(p + 1) === 47;
      if (text.slice(p + (closing ? 2 : 1), p + (closing ? 7 : 6)).toLowerCase() === 'table') tables = closing ? Math.max(0, tables - 1) : tables + 1;
      continue;
    }
    if (tables > 0) continue;
    const name = c1 === 112 ? 'p' : c1 === 100 && (text.charCodeAt(p + 2) | 32) === 105 && (text.charCodeAt(p + 3) | 32) === 118 ? 'div' : '';
    if (!name) continue;
    const after = text.charCodeAt(p + 1 + name.length);
    if (!(after === 62 || isBlankCode(after))) continue;
    // the paragraph's words: outside masks, up to its close, a line break or a nested block
    let s = -1;
    let e = -1;
    let j = i + 1;
    let pos = q;
    let end = -1;
    const limit = Math.min(text.length, p + SPAN);
    while (pos < limit) {
      const next = j < masked.length ? masked[j][0] : text.length;
      for (let k = pos; k < Math.min(next, limit); k++) {
        const ch = text.charCodeAt(k);
        if (isBlankCode(ch)) continue;
        if (ch === 38) {
          // `&nbsp;` and its kin are blanks
          // (looked for within the entity's length: a search to the text's next `;` from every `&`
          // would read a text of ampersands once for each)
          const semi = text.slice(k, k + 9).indexOf(';') + k;
          if (semi > k && /^&(nbsp|#160|#12288|emsp|ensp);$/i.test(text.slice(k, semi + 1))) { k = semi; continue; }
        }
        if (s < 0) s = k;
        e = k + 1;
      }
      if (j >= masked.length || next >= limit) break;
      const tag = text.slice(masked[j][0], Math.min(masked[j][1], masked[j][0] + 6)).toLowerCase();
      if (tag.startsWith('</' + name) || /^<(br|p|div|table|h[1-6])[\s>/]/.test(tag) || tag.startsWith('</td')) { end = masked[j][0]; break; }
      pos = masked[j][1];
      j++;
    }
    if (end < 0 || s < 0) continue;
    if (e - s > MAX_TITLE) continue;
    const words = text.slice(s, e);
    if (words.includes('\n') || NUMBERED.test(words) || !looksLikeTitle(words)) continue;
    if (!displayType(text.slice(p, end))) continue;
    if (!open(p, end)) continue;
    out.push([s, e]);
    // (the masks before the close, masked[j], are this paragraph's own)
    i = Math.max(i, j - 1);
  }
  return out;
}
