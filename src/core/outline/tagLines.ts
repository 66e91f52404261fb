/**
 * An article's HTML fragment read as plain text (index.ts `build`: a fragment of one `<p>` block
 * over three lines, `<p style="text-align:right">` / `重庆市××局` / `</p>`, whose lines read as plain
 * text give numbering): a line holding nothing but tags is a blank line to the reader, the break
 * between two paragraphs. Left as a line of the text it joined the paragraphs round it, so the
 * 落款 over its date and the next document's title after the closing were not read (the 落款 became
 * a title heading and the attached rules' parts hung under it).
 */

/** Opening or closing tag, or a comment, filling a whole line (blanks round it allowed). */
const TAG_LINE = /^[ \t\u3000]*(?:<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>[ \t\u3000]*|<!--[^<>]*-->[ \t\u3000]*)+\r?$/;

/**
 * Closing tags (and line-breaking void tags) ending a line that holds words before them: a CMS's
 * editor writes each paragraph as `<p>` / `	一、工作目标</p>` (the text on the line under its opening
 * tag), so the closing tag is the paragraph's end, not part of its words (the part's title read
 * `工作目标</p>`, and the notice's title line, `…的通知</p>`, was no title).
 */
const TRAILING_TAGS = /(?:<\/[A-Za-z][\w:-]*\s*>|<br\s*\/?>|<hr\s*\/?>)+[ \t\u3000]*\r?$/i;

/**
 * The text with every tag-only line blanked (spaces: offsets unchanged), and the closing tags
 * ending a line of words blanked too, or the text itself when none is.
 */
export function blankTagLines(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  let s = 0;
  const n = text.length;
  while (s < n) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    // (cheap filter: a tag line opens with `<` after its blanks and ends with `>`)
    let p = s;
    while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0x3000)) p++;
    let q = e;
    while (q > p && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9 || text.charCodeAt(q - 1) === 13 || text.charCodeAt(q - 1) === 0x3000)) q--;
    if (p < q && text.charCodeAt(p) === 60 && text.charCodeAt(q - 1) === 62 && q - p <= 400 && TAG_LINE.test(text.slice(s, e))) {
      out ??= [];
      out.push(text.slice(last, s), ' '.repeat(q - s));
      last = q;
    } else if (p < q && text.charCodeAt(q - 1) === 62 && text.charCodeAt(p) !== 60) {
      const line = text.slice(Math.max(p, q - 400), q);
      const m = TRAILING_TAGS.exec(line);
      if (m && Math.max(p, q - 400) + m.index > p) {
        out ??= [];
        const at = Math.max(p, q - 400) + m.index;
        out.push(text.slice(last, at), ' '.repeat(q - at));
        last = q;
      }
    }
    s = e + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}
