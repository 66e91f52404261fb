/**
 * Forum markup (BBCode) kept in a copied post: a Discuz!/vBulletin editor wraps every run of a
 * statistical release or a notice in `[color=rgb(51, 51, 51)][font=宋体][size=3]…[/size][/font][/color]`,
 * its paragraphs in `[align=left]…[/align]` and a title's digits in bold runs of their own
 * (`[b]20[/b][b]2[/b][b]2[/b][b]年[/b]`). The tags' attributes are no figures (`rgb(51, 51, 51)`,
 * `size=3`), and a number the tags cut is the number the reader sees.
 *
 * The figure scanner reads HTML inline tags through already (`<b>`, `<span …>`: extract.ts
 * inlineTagEnd) and breaks at block tags (`<p>`, `<div>`). `bbcodeAsTags` gives it the text with
 * each BBCode tag written as an HTML tag of the same length — inline tags as `<b …>`, paragraph
 * tags as `<p …>`, the attributes blanked — so every offset, line and column stays the file's.
 *
 * Only a text that shows the markup is touched: three closing tags of known names or more. Linear
 * (one regular-expression pass); never throws (the caller catches).
 */

/** Tags that style a run of words inside a line. */
const INLINE = new Set(['b', 'i', 'u', 's', 'size', 'color', 'font', 'backcolor', 'url', 'email', 'sup', 'sub', 'strike', 'highlight']);
/** Tags that hold a paragraph, a list item or a table cell. */
const BLOCK = new Set(['align', 'p', 'quote', 'list', '*', 'table', 'tr', 'td', 'indent', 'center', 'left', 'right', 'float', 'hr', 'code', 'hide', 'media', 'img', 'attach']);

/** A tag: `[name]`, `[name=value]` (value without brackets or line breaks, 120 characters at most), `[/name]`. */
const TAG = /\[(\/?)([a-zA-Z]{1,9}|\*)(?:=[^\[\]\r\n]{0,120})?\]/g;
const CLOSING = /\[\/(?:b|i|u|size|color|font|align|url|backcolor|p|td|tr|table|quote|list|indent|center|left|right|float)\]/gi;

function tagKind(name: string): 'inline' | 'block' | null {
  const n = name.toLowerCase();
  return INLINE.has(n) ? 'inline' : BLOCK.has(n) ? 'block' : null;
}

/** The text with its BBCode tags written as HTML tags of the same length, or null when it holds no such markup. */
export function bbcodeAsTags(text: string): string | null {
  if (text.indexOf('[/') < 0) return null;
  let closing = 0;
  CLOSING.lastIndex = 0;
  while (CLOSING.exec(text) !== null) if (++closing >= 3) break;
  if (closing < 3) return null;
  let out = '';
  let last = 0;
  let changed = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const kind = tagKind(m[2]);
    if (!kind) continue;
    const len = m[0].length;
    const close = m[1] === '/';
    // `<b>` / `</b>` and `<p>` / `</p>`, blanks filling the rest: inlineTagEnd and isBreakTagAt read them
    const head = (close ? '</' : '<') + (kind === 'inline' ? 'b' : 'p');
    if (len < head.length + 1) continue;
    out += text.slice(last, m.index) + head + ' '.repeat(len - head.length - 1) + '>';
    last = m.index + len;
    changed = true;
  }
  return changed ? out + text.slice(last) : null;
}
