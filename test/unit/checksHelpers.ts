/**
 * Hand-built outlines for the checks' unit tests: the checks are written against the Outline
 * contract, so their tests state the outline explicitly instead of depending on the engine.
 */
import type { Heading, MarkerFamily, Outline, TextEdit } from '../../src/core/types';
import { computeLineStarts, offsetAt } from '../../src/core/text/lines';
import { parseChineseInteger, parseArabic, circledValue } from '../../src/core/text/numerals';

/** The family a marker belongs to, by its shape (for tests and gold files only). */
export function familyOf(marker: string): MarkerFamily {
  if (!marker) return 'title';
  if (/^(首先|其次|再次|最后)/.test(marker)) return 'shouxian';
  if (/^其[一二三四五六七八九十]/.test(marker)) return 'qi';
  if (/^第/.test(marker)) return 'di';
  if (/^[（(][0-9０-９]+[)）]/.test(marker) || /^[\u2474-\u2487]/.test(marker)) return 'arabic-paren';
  if (/^[（(][〇一二三四五六七八九十]+[)）]/.test(marker) || /^[\u3220-\u3229]/.test(marker)) return 'cn-paren';
  if (/^[0-9０-９]+/.test(marker)) return 'arabic-dot';
  if (/^[\u2460-\u2473]/.test(marker)) return 'circled';
  if (/是$/.test(marker)) return 'shi';
  if (/要$/.test(marker)) return 'yao';
  return 'cn-dun';
}

export function ordinalOf(marker: string): number {
  const words: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };
  for (const w in words) if (marker.startsWith(w)) return words[w];
  const c = circledValue(marker.charAt(0));
  if (c) return c;
  if (/^[\u2474-\u2487]/.test(marker)) return marker.charCodeAt(0) - 0x2473;
  if (/^[\u3220-\u3229]/.test(marker)) return marker.charCodeAt(0) - 0x321f;
  const ar = /[0-9０-９]+/.exec(marker);
  if (ar) return parseArabic(ar[0]) ?? 0;
  const cn = /[〇一二两三四五六七八九十百]+/.exec(marker.replace(/^[第其]/, ''));
  return cn ? (parseChineseInteger(cn[0]) ?? 0) : 0;
}

function titleEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 60 && !'。；;：:！？\n\r'.includes(text[i])) i++;
  return i;
}

/** Ends, runs and `inline` from starts, levels and parents. */
function finish(text: string, hs: Omit<Heading, 'end' | 'run'>[]): Heading[] {
  const out: Heading[] = hs.map((h) => ({ ...h, end: text.length, run: 0 }));
  for (let i = 0; i < out.length; i++)
    for (let j = i + 1; j < out.length; j++)
      if (out[j].level <= out[i].level) {
        out[i].end = out[j].start;
        break;
      }
  let run = -1;
  const lastOf = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    const k = `${out[i].parent}|${out[i].family}`;
    const prev = lastOf.get(k);
    if (prev === undefined || out[i].ordinal === 1 || out[i].ordinal <= out[prev].ordinal) run++;
    out[i].run = prev !== undefined && out[i].ordinal > out[prev].ordinal ? out[prev].run : run;
    lastOf.set(k, i);
  }
  return out;
}

function isInline(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return false;
    if (!/[\s\u3000\u00a0#]/.test(c)) return true;
  }
  return false;
}

/**
 * An outline from the text and its headings in order as `[marker, level]`: each marker is found
 * at or after the previous one; the parent is the nearest earlier heading one level up.
 */
export function hand(text: string, specs: readonly (readonly [string, number])[], opts: { hardWrapped?: boolean } = {}): Outline {
  let from = 0;
  const hs: Omit<Heading, 'end' | 'run'>[] = [];
  const stack: number[] = [];
  for (const [marker, level] of specs) {
    const start = text.indexOf(marker, from);
    if (start < 0) throw new Error(`marker ${marker} not found after ${from}`);
    from = start + marker.length;
    while (stack.length && hs[stack[stack.length - 1]].level >= level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    const ts = start + marker.length;
    const te = titleEnd(text, ts);
    hs.push({
      marker,
      family: familyOf(marker),
      ordinal: ordinalOf(marker),
      title: text.slice(ts, te),
      level,
      parent,
      start,
      titleStart: ts,
      titleEnd: te,
      inline: isInline(text, start),
    });
    stack.push(hs.length - 1);
  }
  return { headings: finish(text, hs), lineStarts: computeLineStarts(text), hardWrapped: opts.hardWrapped ?? false };
}

export interface GoldLike {
  line: number;
  col: number;
  marker: string;
  level: number;
  parent: number | null;
  title: string;
}

/** The outline a gold file describes (what a perfect engine would return). */
export function goldOutline(text: string, gold: readonly GoldLike[], hardWrapped = false): Outline {
  const ls = computeLineStarts(text);
  const hs = gold.map((g) => {
    const start = offsetAt(ls, g.line - 1, g.col);
    const found = g.title ? text.indexOf(g.title, start + g.marker.length) : -1;
    const ts = found >= 0 && found - start < 10 ? found : start + g.marker.length;
    return {
      marker: g.marker,
      family: familyOf(g.marker),
      ordinal: g.marker ? ordinalOf(g.marker) : 0,
      title: g.title,
      level: g.level,
      parent: g.parent,
      start,
      titleStart: ts,
      titleEnd: ts + g.title.length,
      inline: isInline(text, start),
    };
  });
  return { headings: finish(text, hs), lineStarts: ls, hardWrapped };
}

/** The text outside the edits is untouched: compare everything but the edited ranges. */
export function outsideEdits(text: string, edits: readonly TextEdit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    pieces.push(text.slice(at, e.start));
    at = e.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}
