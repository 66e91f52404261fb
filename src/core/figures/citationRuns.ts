/**
 * Source references set in square brackets after a clause, as research digests and papers print
 * them: `……奠定基础 [1-0], [1-1], [1-6]。`, `……进展[2-5];`, `……提升 [3]，`. Each bracket holds one
 * or two small numbers (a source and a passage, a run of notes), the brackets follow the clause
 * after at most one space and one another after a comma, and the run ends the clause. They are
 * footnote marks, which are no figures (docs/testing.md). A bracket after a space or after another
 * bracket is taken only in a document that sets three such references or more after its clauses
 * (counted once, on the first bracket met): one `取值 [0, 1]。` in prose stays the interval it is.
 */
import { isAsciiLetter, isDigitCode } from './scan';

const MAX_RUN = 40;

/** Characters a clause ends with before its reference: Chinese text and closing marks. */
function clauseEnd(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || '”’」』》)）。，；：、'.includes(String.fromCharCode(c));
}

/** What may follow a run of references: the clause's punctuation, a line end, the text's end. */
function runFollow(text: string, k: number): boolean {
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 10 || c === 13 || '。，；、：！？,.;:!?）)'.includes(text[k]);
}

/**
 * End (after `]`) of a reference bracket opening at `open` (`[12]`, `[1-6]`, `[3–5]`, `[2,3]`,
 * `[2, 3]`: numbers of one to three digits, at most two), or -1; a Markdown link (`[3](#n3)`)
 * or a footnote's own mark (`[^3]`) is none.
 */
export function referenceEnd(text: string, open: number): number {
  if (text.charCodeAt(open) !== 91) return -1;
  let k = open + 1;
  for (let part = 0; part < 2; part++) {
    const s = k;
    while (k < text.length && k - s < 4 && isDigitCode(text.charCodeAt(k))) k++;
    if (k === s || k - s > 3) return -1;
    const c = text[k];
    if (c === ']') return text[k + 1] === '(' ? -1 : k + 1;
    if (part === 1 || (c !== '-' && c !== '–' && c !== ',' && c !== '，')) return -1;
    k++;
    if (c !== '-' && c !== '–' && text[k] === ' ') k++;
  }
  return -1;
}

/** Start of the reference bracket that ends right before `end` (at `]`+1), or -1. Bounded: 10 back. */
function referenceStartBefore(text: string, end: number): number {
  if (text[end - 1] !== ']') return -1;
  for (let k = end - 2; k >= 0 && end - k <= 11; k--) {
    if (text[k] === '[') return referenceEnd(text, k) === end ? k : -1;
  }
  return -1;
}

/**
 * Where the run of references holding the bracket at `open` ends, or -1 when the bracket is no
 * such reference: the run must open right after a clause (at most one space between) and close
 * it (runFollow). `direct` tells whether the bracket itself stands right after the clause.
 */
function runAt(text: string, open: number): { end: number; direct: boolean; single: boolean } | null {
  const own = referenceEnd(text, open);
  if (own < 0) return null;
  // back to the run's first bracket
  let first = open;
  let count = 1;
  for (;;) {
    let k = first - 1;
    if (text[k] === ' ') k--;
    if (text[k] === ',' || text[k] === '，') {
      k--;
      if (text[k] === ' ') k--;
    }
    const s = k + 1 < first ? referenceStartBefore(text, k + 1) : -1;
    if (s < 0 || ++count > MAX_RUN) break;
    first = s;
  }
  const b = first - 1;
  const spaced = text[b] === ' ' || text[b] === '\u00a0';
  // (after a space the clause may end with a figure or a Latin word too: `增长48% [1-6]`, `2.34:1 [1-4]`)
  const c = text.charCodeAt(spaced ? b - 1 : b);
  if (!clauseEnd(c) && !(spaced && (isDigitCode(c) || isAsciiLetter(c) || c === 37 || c === 0xff05))) return null;
  // forward to the run's last bracket
  let end = own;
  let n = 0;
  for (;;) {
    let k = end;
    if (text[k] === ',' || text[k] === '，') k++;
    if (text[k] === ' ') k++;
    const e = text[k] === '[' ? referenceEnd(text, k) : -1;
    if (e < 0 || ++n > MAX_RUN) break;
    end = e;
  }
  // (a run glued to its clause may sit inside the sentence: `格局[2-5],[6]和机制[7-9]等方面`)
  if (!runFollow(text, end) && (spaced || !(text.charCodeAt(end) >= 0x4e00 && text.charCodeAt(end) <= 0x9fff))) return null;
  return { end: own, direct: first === open && !spaced, single: first === open && end === own };
}

/** How many references close clauses in the text, counted up to 3 (one pass over its `[`). */
function countRuns(text: string): number {
  let n = 0;
  for (let k = text.indexOf('['); k >= 0 && n < 3; k = text.indexOf('[', k + 1)) {
    if (runAt(text, k) !== null) n++;
  }
  return n;
}

/**
 * The scanner's question at a bracket `[` opening before a number: the end of a source reference
 * to skip, or -1. A bracket right after a clause and alone is left to the older footnote rules;
 * one after a space or after another bracket needs the document's evidence (`docRuns()` ≥ 3).
 */
export function citationReferenceEnd(text: string, open: number, docRuns: () => number): number {
  const r = runAt(text, open);
  if (r === null || (r.direct && r.single)) return -1;
  return docRuns() >= 3 ? r.end : -1;
}

export { countRuns as countCitationRuns };
