/**
 * A page a crawler kept as a list of its text fragments: scrapy's `.extract()` of a page's text
 * nodes (`//div[@class="content"]//text()`) stored as a JSON array, either a real one
 * (`"content": ["为了…", "2022", "年…", " ", "1.", "申请…"]`) or one the crawler wrote as a string
 * (`"content": "[\"为了…\", \"2022\", \"年…\", \" \", \"1.\", \"申请…\"]"`). A text node ends wherever
 * the page's markup changes (a `<span>` round a number, a bold marker), so a fragment is no line of
 * the page: `2022` and `年…` are one sentence, `1.` and `申请…` one numbered paragraph.
 *
 * The reader gets the page the fragments make: the fragments joined as they stood on the page,
 * a line break where a fragment is blank (the crawler's trace of a paragraph or a heading it left
 * out) and before a fragment that opens with a numbering marker (`1.`, `一、`, `（一）`, `第三条`),
 * and after a fragment that is a numbered heading alone (`一、总体要求`). Every character keeps its
 * place in the file.
 *
 * Linear in the text's length; never throws.
 */

/** A piece of text with the file offsets of its characters (recordLines.ts' Piece). */
export interface FragmentPiece {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/** A numbering marker (a number alone with no mark after it, `2022`, is none). */
const MARKER_SOURCE = '(?:\\d{1,2}[.．、](?![\\d.．])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}[章节条部])';
/** A numbering marker opening a fragment. */
const MARKER = new RegExp('^[ \\u3000\\u00a0]*' + MARKER_SOURCE);
/** Longest fragment read as a numbered heading standing alone (`一、总体要求`). */
const HEADING_ALONE = 40;
/** Fragments a list holds at least to be read as a page. */
const MIN_FRAGMENTS = 4;

/** The breaks a crawler's fragment list on the line [s, e) shows, counted up to `cap` (see fragmentBreaks' callers). */
const ESCAPED_BREAK = new RegExp('\\\\"[ \\t]*,[ \\t]*\\\\"(?:[ \\u3000\\u00a0]*\\\\"|' + MARKER_SOURCE + ')', 'g');
const REAL_BREAK = new RegExp('"[ \\t]*,[ \\t]*"(?:[ \\u3000\\u00a0]*"|' + MARKER_SOURCE + ')', 'g');

/**
 * The line breaks a fragment list on the line [s, e) of the file shows (blank fragments, and
 * fragments opening with a numbering marker), counted up to `cap`; 0 when the line holds no list
 * (`[\"` of a list written as a string, or `"key": ["` of a real one).
 */
export function fragmentBreaks(text: string, s: number, e: number, cap: number): number {
  const line = text.slice(s, e);
  const escaped = line.indexOf('[\\"') >= 0;
  const real = !escaped && /"[ \t]*:[ \t]*\[[ \t]*"/.test(line);
  if (!escaped && !real) return 0;
  const re = escaped ? ESCAPED_BREAK : REAL_BREAK;
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(line) !== null) n++;
  return n;
}

/** The characters of a page being read, each with the file offsets of the text that wrote it. */
class PieceCodes {
  readonly codes: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  readonly push = (c: number, f: number, e: number): void => {
    this.codes.push(c);
    this.from.push(f);
    this.to.push(e);
  };
  piece(): FragmentPiece {
    let text = '';
    for (let i = 0; i < this.codes.length; i += 8192) text += String.fromCharCode.apply(null, this.codes.slice(i, i + 8192));
    return { text, from: Int32Array.from(this.from), to: Int32Array.from(this.to) };
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The characters of one JSON string's body [a, b) of `src` (its escapes of one level read: `\n`
 * and `\r` a line break, `\t` a blank, `\uXXXX`, any other escaped character itself), each pushed
 * with the file offsets of the text that wrote it.
 */
function decodeString(src: FragmentPiece, a: number, b: number, push: (c: number, from: number, to: number) => void): void {
  const t = src.text;
  for (let q = a; q < b; ) {
    const c = t.charCodeAt(q);
    if (c === 92 && q + 1 < b) {
      const d = t.charCodeAt(q + 1);
      if (d === 110 || d === 114) { push(10, src.from[q], src.to[q + 1]); q += 2; continue; }
      if (d === 116) { push(32, src.from[q], src.to[q + 1]); q += 2; continue; }
      if (d === 117 && q + 5 < b && isHex(t.charCodeAt(q + 2)) && isHex(t.charCodeAt(q + 3)) && isHex(t.charCodeAt(q + 4)) && isHex(t.charCodeAt(q + 5))) {
        push(parseInt(t.slice(q + 2, q + 6), 16), src.from[q], src.to[q + 5]);
        q += 6;
        continue;
      }
      push(d, src.from[q], src.to[q + 1]);
      q += 2;
      continue;
    }
    push(c, src.from[q], src.to[q]);
    q++;
  }
}

/**
 * The page a fragment list holds, or null when `src` is no JSON array of strings (blanks round it
 * allowed) holding MIN_FRAGMENTS fragments or more. `src` is the list as text, its escapes of one
 * level read by the list's own strings (`\"`, `\\`, `\n`, `\uXXXX`).
 */
export function fragmentList(src: FragmentPiece): FragmentPiece | null {
  const t = src.text;
  const n = t.length;
  let p = 0;
  while (p < n && isBlank(t.charCodeAt(p))) p++;
  if (t.charCodeAt(p) !== 91) return null;
  p++;
  while (p < n && isBlank(t.charCodeAt(p))) p++;
  if (t.charCodeAt(p) !== 34) return null;
  const out = new PieceCodes();
  const push = out.push;
  const codes = out.codes;
  const lastIs = (c: number): boolean => codes.length > 0 && codes[codes.length - 1] === c;
  let fragments = 0;
  let closed = false;
  while (p < n) {
    if (t.charCodeAt(p) !== 34) return null;
    // the fragment's raw range [a, b): to its closing quote
    const a = p + 1;
    let b = a;
    while (b < n && t.charCodeAt(b) !== 34) b += t.charCodeAt(b) === 92 ? 2 : 1;
    if (b >= n) return null;
    fragments++;
    let blank = true;
    for (let q = a; q < b && blank; q++) blank = isBlank(t.charCodeAt(q)) || (t.charCodeAt(q) === 92 && (t.charCodeAt(q + 1) === 110 || t.charCodeAt(q + 1) === 116));
    const head = t.slice(a, Math.min(b, a + 16));
    const marked = !blank && MARKER.test(head);
    if (blank) {
      if (codes.length > 0 && !lastIs(10)) push(10, src.from[p], src.to[b]);
    } else {
      if (marked && codes.length > 0 && !lastIs(10)) push(10, src.from[p], src.from[p]);
      const start = codes.length;
      let stop = false;
      decodeString(src, a, b, push);
      for (let q = a; q < b && !stop; q++) {
        const c = t.charCodeAt(q);
        stop = c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
      }
      // (a numbered heading alone in its fragment, `一、总体要求`: the next fragment is its body)
      if (marked && !stop && codes.length - start <= HEADING_ALONE && codes.length - start > 3) push(10, src.to[b - 1], src.to[b - 1]);
    }
    p = b + 1;
    while (p < n && isBlank(t.charCodeAt(p))) p++;
    if (t.charCodeAt(p) === 93) { closed = true; p++; break; }
    if (t.charCodeAt(p) !== 44) return null;
    p++;
    while (p < n && isBlank(t.charCodeAt(p))) p++;
  }
  if (!closed || fragments < MIN_FRAGMENTS) return null;
  while (p < n && isBlank(t.charCodeAt(p))) p++;
  if (p < n) return null;
  return out.piece();
}

/** A key whose array holds a page's paragraphs as blocks (`"parts": [{"type":"paragraph","text":"…"}, …]`). */
export const BLOCKS_KEY = /^(?:parts|paragraphs|paras|blocks|sections|segments|content|contents|body)$/i;
/** The keys of a block's words (a section's title and its text, `{"title":"一、总则","text":"…"}`, are two lines). */
const BLOCK_TEXT_KEY = /^(?:text|content|paragraph|para|title|heading|subtitle)$/;
/** Blocks a list holds at least to be read as a page. */
const MIN_BLOCKS = 4;

/**
 * The line breaks a list of paragraph blocks on the line [s, e) shows (`}, {` between two blocks of
 * `"key": [{`), counted up to `cap`; 0 when the line holds no such list.
 */
export function blockBreaks(text: string, s: number, e: number, cap: number): number {
  const line = text.slice(s, e);
  const open = /"[ \t]*:[ \t]*\[[ \t]*\{/.exec(line);
  if (open === null) return 0;
  const re = /\}[ \t]*,[ \t]*\{[ \t]*"/g;
  re.lastIndex = open.index;
  let n = 0;
  while (n < cap && re.exec(line) !== null) n++;
  return n;
}

/**
 * The end of the array of blocks (objects) opening at `p` (`[`) in the file: after its `]`, or `e`
 * when the line ends inside it (a record cut short); -1 when the array holds anything but objects.
 */
export function blockArrayEnd(text: string, p: number, e: number): number {
  let q = p + 1;
  let depth = 0;
  let blocks = 0;
  while (q < e) {
    const c = text.charCodeAt(q);
    if (c === 34) {
      q++;
      while (q < e && text.charCodeAt(q) !== 34) q += text.charCodeAt(q) === 92 ? 2 : 1;
      q++;
      continue;
    }
    if (c === 123) { if (depth === 0) blocks++; depth++; }
    else if (c === 125) depth--;
    else if (c === 93 && depth === 0) return blocks >= MIN_BLOCKS ? q + 1 : -1;
    else if (depth === 0 && !(c === 44 || isBlank(c))) return -1;
    q++;
  }
  return blocks >= MIN_BLOCKS ? e : -1;
}

/**
 * The page a list of paragraph blocks holds (`[{"type":"paragraph","text":"编号"}, {…}, …]`, cut short or
 * not): each block's words (its `text` field) a line. Null when `src` holds fewer than MIN_BLOCKS
 * blocks with words. `src` is the list as the file writes it (JSON escapes of one level).
 */
export function blockList(src: FragmentPiece): FragmentPiece | null {
  const t = src.text;
  const n = t.length;
  if (t.charCodeAt(0) !== 91) return null;
  const out = new PieceCodes();
  const push = out.push;
  let depth = 0;
  let blocks = 0;
  let key = '';
  for (let p = 1; p < n; ) {
    const c = t.charCodeAt(p);
    if (c === 34) {
      const a = p + 1;
      let b = a;
      while (b < n && t.charCodeAt(b) !== 34) b += t.charCodeAt(b) === 92 ? 2 : 1;
      let r = Math.min(b + 1, n);
      while (r < n && isBlank(t.charCodeAt(r))) r++;
      if (r < n && t.charCodeAt(r) === 58) {
        key = t.slice(a, Math.min(b, n));
        p = r + 1;
        continue;
      }
      // a block's words (the string under its text key, in the block itself)
      if (depth === 1 && BLOCK_TEXT_KEY.test(key)) {
        if (out.codes.length > 0) push(10, src.from[p], src.from[p]);
        blocks++;
        decodeString(src, a, Math.min(b, n), push);
      }
      key = '';
      p = b + 1;
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (c === 93 && depth === 0) break;
    key = c === 44 || c === 123 || c === 125 ? '' : key;
    p++;
  }
  if (blocks < MIN_BLOCKS) return null;
  return out.piece();
}
