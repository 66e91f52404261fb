/**
 * Prose held in a page's script (a Vue or HTML page whose `<script>` keeps a speech or a notice as a
 * string constant, `const str = '同志们：…'`): the script's logic is program code and its numbers are
 * none, but a string literal that is a run of Chinese sentences is the document's text, and its
 * figures are figures. A literal counts as prose when it holds at least PROSE_CJK Chinese characters
 * and a sentence mark (`，` `。` `；` `：`), so UI labels, messages and class names stay hidden.
 * One forward pass over the block: quotes, escapes and comments are followed, nothing is read twice.
 */

const PROSE_CJK = 40;

/** The prose literals' contents inside [from, to) (a script block's text), in text order. */
export function scriptProseRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === 47 && text.charCodeAt(p + 1) === 47) {
      // a line comment (`// 引入默认样式`): skipped to its line's end
      const e = text.indexOf('\n', p);
      p = e < 0 || e > to ? to : e + 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(p + 1) === 42) {
      const e = text.indexOf('*/', p + 2);
      p = e < 0 || e > to ? to : e + 2;
      continue;
    }
    if (c !== 39 && c !== 34 && c !== 96) {
      p++;
      continue;
    }
    // a string literal: ' and " end at their line's end, ` runs over lines
    const start = p + 1;
    let q = start;
    let cjk = 0;
    let marks = 0;
    let closed = false;
    while (q < to) {
      const d = text.charCodeAt(q);
      if (d === 92) {
        q += 2;
        continue;
      }
      if (d === c) {
        closed = true;
        break;
      }
      if (d === 10 && c !== 96) break;
      if (d >= 0x4e00 && d <= 0x9fff) cjk++;
      else if (d === 0xff0c || d === 0x3002 || d === 0xff1b || d === 0xff1a) marks++;
      q++;
    }
    if (closed && cjk >= PROSE_CJK && marks > 0) out.push([start, q]);
    p = closed ? q + 1 : Math.min(q + 1, to);
  }
  return out;
}

/** The block [from, to) less its prose literals, pushed to `out` as hidden ranges. */
export function pushScriptBlock(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let at = from;
  for (const [s, e] of scriptProseRanges(text, from, to)) {
    if (s > at) out.push([at, s]);
    at = e;
  }
  if (to > at) out.push([at, to]);
}
