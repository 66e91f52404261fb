/**
 * Line breaks and visible text in a page's markup kept in the text (an HTML page's source, a
 * Markdown copy of a news page keeping the article as raw HTML). A `<br/>`, or a block tag
 * (`</p><p>`, `<div>`, `<li>`, `<h2>`) standing inside one line of the file is a line break on the
 * page: what follows it starts a line, and a heading's title ends before it. A title is what the
 * reader sees: without the tags inside it (`<strong>`, `<span>`, `<a>`), Markdown emphasis
 * (`**…**`) and link targets (`[words](url)`).
 */

/** Block tags a page starts a line at (besides `<br>`). */
const BLOCK = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'dd', 'dt']);

function isNameCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The text at `p` opens a tag (or a closing tag) the page breaks the line at. */
export function isBreakTagAt(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== 60) return false;
  let q = p + 1;
  if (text.charCodeAt(q) === 47) q++;
  const s = q;
  while (q < text.length && q - s <= 10 && isNameCode(text.charCodeAt(q))) q++;
  if (q === s) return false;
  const c = text.charCodeAt(q);
  // the name ends the tag's name (`<p>`, `<p class=…>`, `<br/>`), not a longer one (`<pre>`, `<param>`)
  if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) return false;
  return BLOCK.has(text.slice(s, q).toLowerCase());
}

/**
 * The masked ranges that are line-breaking tags, as a flat sorted array [start0, end0, start1, end1, …].
 * `masks` are sorted and do not overlap.
 */
export function breakRanges(text: string, masks: readonly [number, number][]): number[] {
  const out: number[] = [];
  for (const [s, e] of masks) {
    // a tag masked alone (a whole block masked at once is hidden, not a break within a line)
    if (e - s > 200 || text.charCodeAt(e - 1) !== 62) continue;
    if (isBreakTagAt(text, s)) out.push(s, e);
  }
  return out;
}

/** Reads break ranges in text order with a moving pointer (queries must not go backwards). */
export class BreakReader {
  private k = 0;
  constructor(private readonly ranges: readonly number[]) {}
  /** Kept for the life of the module: see MarkerScan.keepShape in outline/index.ts. */
  static readonly keepShape = new BreakReader([]);

  /** Index (into the flat array) of the first break starting in [from, to), or -1. */
  first(from: number, to: number): number {
    const r = this.ranges;
    while (this.k < r.length && r[this.k] < from) this.k += 2;
    return this.k < r.length && r[this.k] < to ? this.k : -1;
  }

  start(k: number): number {
    return this.ranges[k];
  }

  end(k: number): number {
    return this.ranges[k + 1];
  }
}

/** First break starting in [from, to) (binary search over the flat array), or -1. */
export function firstBreakIn(ranges: readonly number[], from: number, to: number): number {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid] >= from) { best = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return best >= 0 && ranges[2 * best] < to ? ranges[2 * best] : -1;
}

/**
 * The visible text of [from, to): masked ranges (tags) left out, `&nbsp;` as a space, Markdown
 * emphasis marks dropped and `[words](url)` read as its words; blanks at both ends trimmed.
 * Only called for a heading's title (bounded by the title's length).
 */
export function visibleText(text: string, masks: readonly [number, number][], from: number, to: number, markdown: boolean): string {
  let out = '';
  // first mask ending after `from` (binary search)
  let lo = 0;
  let hi = masks.length - 1;
  let k = masks.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid][1] > from) { k = mid; hi = mid - 1; } else lo = mid + 1;
  }
  let p = from;
  while (p < to) {
    if (k < masks.length && masks[k][0] <= p) {
      p = Math.max(p, masks[k][1]);
      k++;
      continue;
    }
    const stop = k < masks.length ? Math.min(to, masks[k][0]) : to;
    out += text.slice(p, stop);
    p = stop;
  }
  out = out.replace(/&(nbsp|#160|ensp|emsp|#12288);/gi, ' ');
  if (markdown) out = out.replace(/\[([^\]\n]{1,80})\]\([^)\s]{0,300}\)/g, '$1').replace(/\*\*|__/g, '');
  return out.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Back from `to` over masked tags and blanks that end there (`…</strong></span>` before a `<br/>`), not before `from`. */
export function backOverTags(text: string, masks: readonly [number, number][], from: number, to: number): number {
  let e = to;
  for (let guard = 0; guard < 8 && e > from; guard++) {
    while (e > from && /[\s\u3000]/.test(text[e - 1])) e--;
    if (text.charCodeAt(e - 1) !== 62) break;
    // the mask ending at e (binary search)
    let lo = 0;
    let hi = masks.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (masks[mid][1] < e) lo = mid + 1;
      else if (masks[mid][1] > e) hi = mid - 1;
      else { hit = mid; break; }
    }
    if (hit < 0 || masks[hit][0] < from) break;
    e = masks[hit][0];
  }
  return e > from ? e : to;
}

/** Index of the masked range holding `pos` (masks sorted, apart: binary search), or -1. */
export function maskIndexAt(masks: readonly (readonly [number, number])[], pos: number): number {
  let lo = 0;
  let hi = masks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid][1] <= pos) lo = mid + 1;
    else if (masks[mid][0] > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** End of the masked range holding `pos` (a tag the position stands inside), or -1. */
export function maskAround(masks: readonly [number, number][], pos: number): number {
  const k = maskIndexAt(masks, pos);
  return k < 0 ? -1 : masks[k][1];
}

/**
 * When `pos` stands inside a Markdown link's address (`[宣传引导](https://…)`, the title's link
 * opening after `from`), the end of that address; else -1.
 */
export function linkTargetEnd(text: string, from: number, pos: number, lineEnd: number): number {
  for (let q = pos - 1; q > from && pos - q <= 300; q--) {
    const c = text.charCodeAt(q);
    if (c === 41 || c === 91 || c === 10) return -1; // `)`, `[`: the address closed, or none
    if (c === 40 && text.charCodeAt(q - 1) === 93) {
      const close = text.indexOf(')', pos);
      return close >= 0 && close < lineEnd ? close + 1 : -1;
    }
  }
  return -1;
}

/** The text holds markup a title shows differently: a tag, an entity, or in Markdown emphasis or a link. */
export function hasMarkup(s: string, markdown: boolean): boolean {
  return /<[A-Za-z/!]|&[#A-Za-z0-9]{2,8};/.test(s) || (markdown && /\*\*|__|\]\(/.test(s));
}
