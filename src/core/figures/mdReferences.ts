/**
 * Markdown's reference-style links and pictures (CommonMark "reference links"): `[文字][12]`,
 * `![单位数量1][030]`, and the definitions `[030]: https://…/a.png` that give the labels their
 * targets. A label is never shown to the reader: it is markup, like an inline link's target, so no
 * figure in it counts (`dropLinkTargets` in index.ts does the same for `](…)`); nor does a definition
 * line, which is all markup. Converters of image-heavy notes write every picture this way, each
 * label a number (`[026]`, `[029]`, …), which read as counts. The link text of `[文字][12]` is the
 * document's text and keeps its figures; a picture's alt text is dropped with the inline form's.
 * Linear: one search for `][`, one for `]:`, and a walk of each within its line.
 */
import type { Figure } from '../types';
import { figuresOutside } from './spanFilter';

/** Longest label read (CommonMark caps labels at 999 characters; a number label is short). */
const LABEL_MAX = 100;

/** [open, close) spans of the labels after `][` (no line break, a closing `]`) and of definition lines. */
function referenceSpans(text: string): number[] {
  const spans: number[] = [];
  for (let k = text.indexOf(']['); k >= 0; k = text.indexOf('][', k + 1)) {
    for (let q = k + 2; q < text.length && q - k <= LABEL_MAX; q++) {
      const c = text.charCodeAt(q);
      if (c === 10 || c === 13 || c === 91 /* [ */) break;
      if (c === 93 /* ] */) {
        // (a label followed by `(` or `:` is no reference label: `[a][b](url)` links `b`)
        const next = text.charCodeAt(q + 1);
        if (next !== 40 && next !== 58) spans.push(k + 2, q);
        break;
      }
    }
  }
  for (let k = text.indexOf(']:'); k >= 0; k = text.indexOf(']:', k + 1)) {
    const start = definitionStart(text, k);
    if (start < 0) continue;
    let end = text.indexOf('\n', k);
    if (end < 0) end = text.length;
    spans.push(start, end);
  }
  return sortedSpans(spans);
}

/**
 * Where the definition line whose label closes at `close` (`]:`) starts, or -1: the line opens with
 * up to three blanks and `[`, the label holds no `]`, and a target follows the colon on the line.
 */
function definitionStart(text: string, close: number): number {
  let p = close - 1;
  for (; p >= 0 && close - p <= LABEL_MAX; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 93) return -1;
    if (c === 91) break;
  }
  if (p < 0 || text.charCodeAt(p) !== 91) return -1;
  let s = p - 1;
  let blanks = 0;
  for (; s >= 0 && text.charCodeAt(s) === 32; s--) blanks++;
  if (blanks > 3 || (s >= 0 && text.charCodeAt(s) !== 10 && text.charCodeAt(s) !== 13)) return -1;
  return hasDestination(text, close + 2) ? p : -1;
}

/**
 * A link destination from `from` to the line's end: blanks, then an address opening with an ASCII
 * sign and holding no blank and no CJK punctuation, then nothing or a title in quotes or brackets.
 * A speaker's line in a transcript (`[张三]:大家好，…`) has words there, no address.
 */
function hasDestination(text: string, from: number): boolean {
  let q = from;
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  const first = text.charCodeAt(q);
  if (!(first > 32 && first < 127)) return false;
  for (; q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (c === 10 || c === 13) return true;
    if (c === 32 || c === 9) break;
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return false;
  }
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  const t = text.charCodeAt(q);
  return q >= text.length || t === 10 || t === 13 || t === 34 /* " */ || t === 39 /* ' */ || t === 40 /* ( */;
}

/** Spans as flat [a, b) pairs, sorted by start (label spans and definition lines may interleave). */
function sortedSpans(flat: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [a, b] of pairs) out.push(a, b);
  return out;
}

/** The figures without those inside a reference label or on a reference definition line. */
export function dropReferenceLabels(text: string, figs: Figure[]): Figure[] {
  if (figs.length === 0 || (text.indexOf('][') < 0 && text.indexOf(']:') < 0)) return figs;
  return figuresOutside(figs, referenceSpans(text));
}
