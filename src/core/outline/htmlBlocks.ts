/**
 * HTML blocks inside Markdown: which parts the marker scan must not read.
 */
/** Chinese characters outside tags that make an HTML block prose (a news page kept as raw HTML). */
const PROSE_HTML_CJK = 20;
/** Chinese characters of a short HTML paragraph that ends a sentence (`。`): prose though short. */
const SENTENCE_HTML_CJK = 8;

/**
 * An HTML block in Markdown. Markdown copies of news pages (feed readers, site archivers) keep the
 * article as raw HTML, `<p>　　一是……</p>` a paragraph a line: such a block is prose, and only its
 * tags are hidden from the marker scan. Comments, scripts, styles, tables and blocks with little
 * Chinese text stay hidden whole.
 */
export function maskHtmlBlock(text: string, s: number, e: number, masked: Array<[number, number]>): void {
  let cjk = 0;
  let inTag = false;
  // last wide character outside the tags (a sentence's end: `…起施行。</p>`)
  let lastWide = 0;
  for (let p = s; p < e && cjk < PROSE_HTML_CJK; p++) {
    const c = text.charCodeAt(p);
    if (c === 60) inTag = true;
    else if (c === 62) inTag = false;
    else if (!inTag && c > 0x3000) {
      lastWide = c;
      if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    }
  }
  // A short paragraph that ends a sentence is prose too (a statute's last article, `<p>…第四十一条
  // 本条例自2022年1月1日起施行。</p>`, standing alone between blank lines); a menu or a caption ends none.
  const sentence = cjk >= SENTENCE_HTML_CJK && (lastWide === 0x3002 || lastWide === 0xff01 || lastWide === 0xff1f);
  if ((cjk < PROSE_HTML_CJK && !sentence) || text.startsWith('<!--', s + leadingSpaces(text, s, e))) {
    masked.push([s, e]);
    return;
  }
  // hidden whole: inside a comment, a script, a style or a table (cells are not a document's parts)
  let hiddenUntil = '';
  let hideFrom = -1;
  let p = s;
  while (p < e) {
    if (hiddenUntil) {
      const q = indexOfCI(text, hiddenUntil, p, e);
      const stop = q < 0 ? e : q + hiddenUntil.length;
      if (stop < e && text[stop - 1] !== '>') {
        // `</table` found: hide to the end of that tag
        const gt = indexIn(text, 62, stop, e);
        p = gt < 0 ? e : gt + 1;
      } else p = stop;
      masked.push([hideFrom, p]);
      hiddenUntil = '';
      continue;
    }
    const lt = indexIn(text, 60, p, e);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) { hiddenUntil = '-->'; hideFrom = lt; p = lt + 4; continue; }
    const name = tagName(text, lt + 1, e);
    if (name === 'script' || name === 'style' || name === 'table' || name === 'pre' || name === 'code') {
      hiddenUntil = '</' + name; hideFrom = lt; p = lt + 1; continue;
    }
    // one tag, possibly broken over lines; a `<` that opens no tag is text
    if (!name && text[lt + 1] !== '/') { p = lt + 1; continue; }
    const gt = indexIn(text, 62, lt, e);
    const tagEnd = gt < 0 ? e : gt + 1;
    masked.push([lt, tagEnd]);
    p = tagEnd;
  }
}

function leadingSpaces(text: string, s: number, e: number): number {
  let k = 0;
  while (s + k < e && (text[s + k] === ' ' || text[s + k] === '\t')) k++;
  return k;
}

/** Lower-case name of the tag opening at `from` (after `<`), '' when no letter follows. */
function tagName(text: string, from: number, e: number): string {
  let q = from;
  while (q < e && q - from < 12) {
    const c = text.charCodeAt(q);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (q > from && c >= 48 && c <= 57)) q++;
    else break;
  }
  return text.slice(from, q).toLowerCase();
}

/** indexOf of an ASCII needle, ignoring case, within [from, e). */
function indexOfCI(text: string, needle: string, from: number, e: number): number {
  const first = needle.charCodeAt(0);
  const n = needle.length;
  for (let p = from; p + n <= e; p++) {
    if (text.charCodeAt(p) === first && text.slice(p, p + n).toLowerCase() === needle) return p;
  }
  return -1;
}

/** indexOf of one character within [from, e), -1 when absent there. */
function indexIn(text: string, ch: number, from: number, e: number): number {
  for (let p = from; p < e; p++) if (text.charCodeAt(p) === ch) return p;
  return -1;
}
