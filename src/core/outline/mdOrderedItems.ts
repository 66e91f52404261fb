/**
 * Markdown ordered list items read as the document's numbering: which item a nested list's item
 * belongs to, and which lazily numbered items (every item written `1.`) title the parts of the text.
 *
 * A page renders a list's numbers itself: a list of items all written `1.` shows 1, 2, 3, and a list
 * broken by unindented paragraphs restarts at 1 after each (`1. 总则` / paragraph / `1. 职责` /
 * paragraph: every part shows "1."). Where such items are short titles each standing over a body of
 * its own (a paragraph, a nested list, code), in a series of two or more, they are the document's
 * parts as a numbered line is (a 管理规范 converted from Word, every part a list of its own): each is a
 * `1.` heading counted by its place in the series. Read over the whole series, never one item: one
 * item that is a sentence (a clause mark inside it, a full stop), a link alone (a reference), or
 * that stands over nothing (the next item follows straight on: a list of steps) makes the whole
 * series a list, no heading among them (docs/testing.md, conventions).
 *
 * A list nested inside an item (indented to the item's text, CommonMark) is that item's: its items
 * nest under it in the outline, one level down, whether it counts `1. 2.` or is written `1.` throughout.
 *
 * Linear: one pass over the lines with a stack of the open items.
 */
import type { LineTable } from './layout';

export interface OrderedItems {
  /** Lines of lazily numbered items that title parts → the item's place in its series (1-based). */
  titled: Map<number, number>;
  /** Line of an ordered item inside another item → line of the nearest ordered item holding it. */
  holder: Map<number, number>;
}

/** An ordered item: indent, number, `.` or `)`, a blank, the item's text. */
const ORDERED = /^([ \t]*)(\d{1,3})[.)]([ \t]+)(?=\S)/;
/** A bullet item: indent, `-` `*` `+`, a blank. */
const BULLET = /^([ \t]*)[-*+]([ \t]+)(?=\S)/;
/** An ATX heading or a thematic break: ends every list. */
const BREAK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;
/** A code fence's opening or closing line. */
const FENCE = /^[ \t]*(```|~~~)/;

/** A title this long or longer is a sentence set as an item, not a part's name. */
const MAX_TITLE = 40;
/** Marks of a sentence or a clause inside an item: it says something, it names nothing. */
const SENTENCE = /[。；;！？!?，,]/;

interface Open {
  line: number;
  /** Column of the item's marker and of its text (a line indented to the text is inside the item). */
  marker: number;
  content: number;
  ordered: boolean;
}

interface Series {
  /** Marker column of its items. */
  marker: number;
  items: number[];
  /** False once an item of the series is no title over a body. */
  titles: boolean;
}

function columns(s: string): number {
  let c = 0;
  for (const ch of s) c += ch === '\t' ? 4 - (c % 4) : 1;
  return c;
}

/** The item's words name a part: short, no sentence or clause mark (a colon may close them), not a link alone. */
function isTitle(words: string): boolean {
  let t = words.trim().replace(/\*\*|__/g, '').trim();
  if (t.endsWith('：') || t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  if (t.length === 0 || t.length > MAX_TITLE) return false;
  if (SENTENCE.test(t) || /[：:]/.test(t)) return false;
  if (/^!?\[[^\]]*\]\([^)]*\)$/.test(t)) return false;
  return true;
}

export function mdOrderedItems(text: string, lines: LineTable, masked: ReadonlyArray<readonly [number, number]>): OrderedItems {
  const titled = new Map<number, number>();
  const holder = new Map<number, number>();
  const stack: Open[] = [];
  // one series per holder: the item whose list it is (-1 for the document's top level)
  const series = new Map<number, Series>();
  // an item still waiting for the line after it: [line, its content column]
  let pending: { line: number; content: number; marker: number; key: number } | null = null;
  let blankBefore = true;
  let fence = '';
  let mp = 0;

  const close = (key: number): void => {
    const s = series.get(key);
    if (!s) return;
    series.delete(key);
    if (!s.titles || s.items.length < 2) return;
    s.items.forEach((li, k) => titled.set(li, k + 1));
  };
  const closeAll = (): void => { for (const key of [...series.keys()]) close(key); };
  const spoil = (key: number): void => { const s = series.get(key); if (s) s.titles = false; };
  const pop = (): void => {
    const o = stack.pop()!;
    close(o.line);
  };

  for (let li = 0; li < lines.length; li++) {
    const ls = lines.start[li];
    const le = lines.end[li];
    while (mp < masked.length && masked[mp][1] <= ls) mp++;
    const s = text.slice(ls, le).replace(/\r$/, '');
    if (fence) {
      if (FENCE.exec(s)?.[1] === fence) fence = '';
      blankBefore = false;
      continue;
    }
    if (s.trim() === '') { blankBefore = true; continue; }
    if (mp < masked.length && masked[mp][0] <= ls && !FENCE.test(s)) {
      // front matter, an HTML block: no item of the text, and it ends every list it follows
      if (pending) { spoil(pending.key); pending = null; }
      if (masked[mp][0] < ls || lines.contentStart[li] === ls) { while (stack.length) pop(); closeAll(); }
      blankBefore = false;
      continue;
    }
    const om = ORDERED.exec(s);
    const bm = om ? null : BULLET.exec(s);
    const indent = columns(s.slice(0, s.length - s.trimStart().length));
    if (!om && !bm && BREAK.test(s)) {
      if (pending) { spoil(pending.key); pending = null; }
      while (stack.length) pop();
      closeAll();
      blankBefore = false;
      continue;
    }
    const item = om ?? bm;
    if (pending) {
      // what follows an item: its body (a block after a blank, or a list nested in it), or not
      const inside = indent >= pending.content;
      const sibling = item !== null && !inside;
      const body = !sibling && (blankBefore ? true : inside && item !== null);
      if (!body) spoil(pending.key);
      pending = null;
    }
    if (item) {
      const marker = columns(item[1]);
      const content = marker + (om ? om[2].length + 1 : 1) + columns(item[om ? 3 : 2]);
      while (stack.length && stack[stack.length - 1].content > marker) pop();
      if (om) {
        let h = -1;
        for (let k = stack.length - 1; k >= 0; k--) if (stack[k].ordered) { h = stack[k].line; break; }
        if (h >= 0 && stack.length && stack[stack.length - 1].content <= marker) holder.set(li, h);
        const key = stack.length ? stack[stack.length - 1].line : -1;
        const n = Number(om[2]);
        let cur = series.get(key);
        if (cur && cur.marker !== marker) { close(key); cur = undefined; }
        if (n !== 1) {
          // a list that counts its numbers: no lazy series
          if (cur) cur.titles = false;
          else series.set(key, { marker, items: [], titles: false });
        } else {
          if (!cur) { cur = { marker, items: [], titles: true }; series.set(key, cur); }
          cur.items.push(li);
          if (!isTitle(s.slice(om[0].length))) cur.titles = false;
          pending = { line: li, content, marker, key };
        }
      }
      stack.push({ line: li, marker, content, ordered: om !== null });
    } else if (blankBefore) {
      // a paragraph after a blank line: inside every open item it is indented to, after the others
      while (stack.length && stack[stack.length - 1].content > indent) pop();
    }
    blankBefore = false;
    if (FENCE.test(s)) fence = FENCE.exec(s)![1];
  }
  if (pending) spoil(pending.key);
  while (stack.length) pop();
  closeAll();
  return { titled, holder };
}
