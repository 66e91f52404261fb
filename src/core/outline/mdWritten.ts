/**
 * A plain-text file written in Markdown (a draft an AI chat tool wrote, notes pasted from an editor):
 * its parts set as `**一、总体要求**`, `## 一、…`, `**（一）…**` or a `**01**` number line. Such a file
 * is read as the Markdown it is written in, so the parts are found and their titles lose the `**`.
 *
 * The evidence is read over the whole document, never from one line: two or more heading-shaped
 * lines (an ATX `#` line, a line bold from its start) holding a numbering marker right inside the
 * mark, or two or more short ATX lines of Chinese words, one of them `##` or deeper. One stray `**…**` line, one `# ` line (an exported
 * file's comment), bold words inside running text and `#话题#` tags are no evidence.
 */
import type { LineTable } from './layout';
import { looksLikeTitle } from './titles';

/** A numbering marker at the start of a heading's words: 一、 （一） 第一部分/章/节 1. 1、 (1) 一是. */
const MARKER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}[部章节篇编条]|[0-9]{1,2}[.、．](?![0-9])|[（(][0-9]{1,2}[）)]|[一二三四五六七八九十]是)/;

/** `**01**`, `**第3期**`-free: a bold line holding only a number of one or two digits (the title on the next line). */
const NUMBER_LINE = /^\*\*0?[0-9]{1,2}\*\*$/;

/** How many lines are read at most (the evidence stands near the top of such a draft anyway). */
const MAX_LINES = 4000;

/** A pictograph (an emoji), with its variation selector. */
const EMOJI = /^\p{Extended_Pictographic}\uFE0F?/u;

/**
 * An emoji (one or two) and spaces at `p` right before a bold mark (`📊 **一、…**`, `🛠️**二、…**`):
 * where the bold starts, or `p` when no such emoji stands there.
 */
export function emojiBeforeBold(text: string, p: number, end: number): number {
  let q = p;
  for (let n = 0; n < 2 && q < end; n++) {
    const m = EMOJI.exec(text.slice(q, Math.min(end, q + 3)));
    if (!m) break;
    q += m[0].length;
    while (q < end && (text[q] === ' ' || text[q] === '\u3000')) q++;
  }
  return q > p && text[q] === '*' && text[q + 1] === '*' ? q : p;
}

export function writtenInMarkdown(text: string): boolean {
  let atx = 0;
  let deep = 0;
  let marked = 0;
  let fence = false;
  let pos = 0;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    // (a line's leading spaces and a CR at its end aside; long lines are running text)
    let s = pos;
    while (s < e && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u3000')) s++;
    let t = e;
    while (t > s && (text[t - 1] === '\r' || text[t - 1] === ' ' || text[t - 1] === '\t')) t--;
    pos = e + 1;
    if (t - s < 3) continue;
    if (text.startsWith('```', s)) { fence = !fence; continue; }
    if (fence || t - s > 200) continue;
    s = emojiBeforeBold(text, s, t);
    const c = text[s];
    if (c === '#') {
      let k = s;
      while (k < t && text[k] === '#') k++;
      const hashes = k - s;
      if (hashes > 6 || k >= t || (text[k] !== ' ' && text[k] !== '\t')) continue;
      while (k < t && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k >= t) continue;
      // (a heading's words are short and hold Han characters: `# split decided before…`, a note's
      // comment line, is no heading of a Chinese draft)
      if (t - k > 40 || !/[\u4e00-\u9fff]/.test(text.slice(k, t))) continue;
      atx++;
      if (hashes >= 2) deep++;
      // (`## **一、…**`: the bold inside the heading is the heading's)
      const words = text.slice(k, Math.min(t, k + 12)).replace(/^\*\*/, '');
      if (MARKER.test(words)) marked++;
    } else if (c === '*' && text[s + 1] === '*') {
      const line = text.slice(s, t);
      if (NUMBER_LINE.test(line)) { marked++; continue; }
      // bold from the line's start, closed on the line after a short heading's words
      const close = line.indexOf('**', 2);
      if (close < 3 || close > 62) continue;
      if (MARKER.test(line.slice(2, close))) marked++;
    }
    // (two `#` lines of words alone need a `##` among them: comment lines are written `# `)
    if (marked >= 2 || (atx >= 2 && deep >= 1)) return true;
  }
  return false;
}

/** A Markdown rule line: `---`, `***`, `___`. */
const RULE = /^(?:-[ ]*){3,}$|^(?:\*[ ]*){3,}$|^(?:_[ ]*){3,}$/;

/** A draft's title line: at most this many characters, bold marks included. */
const TITLE_LINE_MAX = 64;

/**
 * The title of a plain text written in Markdown with no `#` heading: its first line (after a chat tool's
 * lead-in ending in a colon and a rule, or rules, if any), a paragraph of its own that reads as a title (bold or not; no colon, no sentence), where nothing else was read on it.
 * Returns [line, where the title's words start] or null.
 */
export function writtenTitleLine(
  text: string, lines: LineTable, taken: ReadonlySet<number>, holdsTitles: (li: number) => boolean,
): [number, number] | null {
  const at = (k: number): string => text.slice(lines.contentStart[k], lines.contentEnd[k]).trim();
  const nextFilled = (k: number): number => {
    while (k < lines.length && k < 12 && lines.empty(k)) k++;
    return k;
  };
  let li = nextFilled(0);
  // (a chat tool's lead-in, `好的，以下是…：`, set off by a rule, and the rules themselves, stand before the title)
  if (li < lines.length && li < 12 && /[：:]$/.test(at(li)) && at(li).length <= 60) {
    const r = nextFilled(li + 1);
    if (r < lines.length && RULE.test(at(r))) li = r;
  }
  while (li < lines.length && li < 12 && RULE.test(at(li))) li = nextFilled(li + 1);
  if (li >= lines.length || li >= 12 || taken.has(li) || !holdsTitles(li)) return null;
  if (li + 1 < lines.length && !lines.empty(li + 1)) return null;
  const s = lines.contentStart[li];
  const e = lines.contentEnd[li];
  if (e - s < 4 || e - s > TITLE_LINE_MAX) return null;
  const raw = text.slice(s, e);
  const m = /^(\*\*)?[ \u3000]*(.*?)[ \u3000]*(\*\*)?$/.exec(raw);
  if (!m || (m[1] ?? '') !== (m[3] ?? '')) return null;
  const words = m[2];
  if (words.length < 4 || /[*_`#>|]/.test(words) || /[：:]/.test(words) || !looksLikeTitle(words)) return null;
  return [li, s + raw.indexOf(words)];
}
