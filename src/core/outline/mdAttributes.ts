/**
 * Attribute blocks at the end of a Markdown line (`第一章 总则{align="center"}`,
 * `**甲市办法**{.center}`, `总则 {#general}`): markdown-it-attrs, kramdown and Pandoc read them as
 * the block's attributes and print nothing of them. The outline reads the line as it is printed, so
 * the block is blanked (spaces of the same length: offsets, lines and columns stay the file's).
 * An ATX heading's block is left to markdown.ts, which leaves it out of the heading's text; a block
 * alone on its line is left as it is (blanking it would part the paragraphs it stands between).
 */
import { beforeAttributes } from './markdown';

/** Start of an attribute block ending the line [s, e) after some text on it, or -1. */
function blockStart(text: string, s: number, e: number): number {
  // (an ATX heading's block is read where the heading is, markdown.ts; some blocks say what the
  // heading is, `# Tabs {.tabset}`, and the readers of headings look at them)
  let h = s;
  while (h < e && h - s < 3 && text[h] === ' ') h++;
  if (text[h] === '#') return -1;
  // (the same look back as a heading's block; text before the block on its line: `{.lead}` alone is
  // a block of its own)
  const b = beforeAttributes(text, s, e);
  return b === e || b === s ? -1 : b;
}

/** The text with every line-end attribute block blanked; the same string when there is none. */
export function hideAttributeBlocks(text: string): string {
  // (no `}` before a line end: nothing to read, and no copy made)
  if (!/\}[ \t]*(?:\r?\n|$)/.test(text)) return text;
  let out = '';
  let from = 0;
  let s = 0;
  while (s <= text.length) {
    let nl = text.indexOf('\n', s);
    if (nl < 0) nl = text.length;
    let e = nl;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
    const b = blockStart(text, s, e);
    if (b >= 0) {
      out += text.slice(from, b) + ' '.repeat(e - b);
      from = e;
    }
    s = nl + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
