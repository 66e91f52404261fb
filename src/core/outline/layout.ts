/**
 * Line layout: which lines are blank, which only hold zero-width characters, where the content of
 * each line starts, and which lines continue the paragraph above (hard-wrapped text copied from
 * PDFs and web pages breaks a paragraph into many physical lines).
 *
 * Two ways a paragraph gets broken are recognised:
 * - blank-separated text (paragraphs divided by empty lines): consecutive non-empty lines belong to
 *   one paragraph (wiki-link scrapers break sentences anywhere, and zero-width-space-only lines sit
 *   between the pieces);
 * - fixed-width wrapping (no blank lines, most lines of nearly the same length): a full-width line
 *   continues into the next one unless the next is indented.
 */

export interface LineInfo {
  start: number;
  /** End of the line's text (before the line break). */
  end: number;
  /** First character after indentation (spaces, U+3000, U+00A0, zero-width characters). */
  contentStart: number;
  /** End of the text without trailing whitespace. */
  contentEnd: number;
  /** Nothing but whitespace. */
  blank: boolean;
  /** Nothing but zero-width characters (and whitespace): a joiner left by a scraper. */
  zeroWidth: boolean;
  /** The line continues the paragraph of the previous content line. */
  continues: boolean;
  /** Index of the paragraph the line belongs to (-1 for blank and zero-width lines). */
  paragraph: number;
}

export interface Layout {
  lines: LineInfo[];
  hardWrapped: boolean;
  /** First line index of each paragraph. */
  paragraphFirstLine: number[];
  /** Last line index of each paragraph. */
  paragraphLastLine: number[];
}

/** The characters isSpace and isZeroWidth accept, for callers that build a character class. */
export const INSIGNIFICANT_CHARS = ' \t\u3000\u00a0\u2002\u2003\u2009\u202f\u000b\u000c\u200b\ufeff\u200c\u200d\u2060';

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 ||
    code === 0x2009 || code === 0x202f || code === 11 || code === 12;
}
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0xfeff || code === 0x200c || code === 0x200d || code === 0x2060;
}

/** Punctuation that ends a sentence or a clause at the end of a line. */
export function endsSentence(c: string): boolean {
  return '。！？；：!?;:…”’」』）)】》'.includes(c) && c !== '';
}

export function analyseLayout(
  text: string,
  lineStarts: readonly number[],
  startsWithMarker: (pos: number, end: number) => boolean,
  /** Lines that always start a paragraph (and end the one before), e.g. Markdown headings. */
  standalone?: (line: number) => boolean,
): Layout {
  const n = lineStarts.length;
  const lines: LineInfo[] = new Array(n);
  let blanks = 0;
  let contents = 0;
  for (let i = 0; i < n; i++) {
    const start = lineStarts[i];
    let end = i + 1 < n ? lineStarts[i + 1] : text.length;
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let cs = start;
    let zw = false;
    while (cs < end) {
      const code = text.charCodeAt(cs);
      if (isSpace(code)) cs++;
      else if (isZeroWidth(code)) { zw = true; cs++; } else break;
    }
    let ce = end;
    while (ce > cs) {
      const code = text.charCodeAt(ce - 1);
      if (isSpace(code) || isZeroWidth(code)) ce--;
      else break;
    }
    const empty = cs >= end;
    const blank = empty && !zw;
    if (blank) blanks++;
    else if (!empty) contents++;
    lines[i] = { start, end, contentStart: cs, contentEnd: ce, blank, zeroWidth: empty && zw, continues: false, paragraph: -1 };
  }

  const blankSeparated = contents > 0 && blanks >= contents * 0.5;
  const width = blankSeparated ? 0 : wrapWidth(lines);
  // Wrapped text that indents every paragraph start: indentation alone decides where paragraphs begin.
  let indented = 0;
  if (width > 0) for (const L of lines) if (!L.blank && !L.zeroWidth && L.contentStart > L.start) indented++;
  const indentMarksParagraphs = width > 0 && indented >= contents * 0.1;
  let brokenParagraphs = 0; // paragraphs cut mid-sentence at least once
  let counted = -1;
  let paragraphCount = 0;
  let prev = -1; // previous content line
  let sawGap = true; // a blank line since the previous content line
  for (let i = 0; i < n; i++) {
    const L = lines[i];
    if (L.blank) { sawGap = true; continue; }
    if (L.zeroWidth) continue;
    let joins = false;
    if (prev >= 0 && !sawGap) {
      const P = lines[prev];
      const last = text[P.contentEnd - 1] ?? '';
      const closed = endsSentence(last);
      if (blankSeparated) {
        joins = true;
      } else if (width > 0) {
        const len = P.contentEnd - P.start;
        joins = L.contentStart === L.start && len >= width - 2 && len <= width + 2;
      }
      // A numbered line after a finished sentence or after a heading line starts a new paragraph.
      if (joins && !indentMarksParagraphs && startsWithMarker(L.contentStart, L.contentEnd) && (closed || startsWithMarker(P.contentStart, P.contentEnd))) joins = false;
      if (joins && standalone && (standalone(i) || standalone(prev))) joins = false;
      if (joins && !closed && counted !== paragraphCount) { brokenParagraphs++; counted = paragraphCount; }
    }
    L.continues = joins;
    if (!joins) paragraphCount++;
    prev = i;
    sawGap = false;
  }

  const paragraphFirstLine: number[] = [];
  const paragraphLastLine: number[] = [];
  for (let i = 0; i < n; i++) {
    const L = lines[i];
    if (L.blank || L.zeroWidth) continue;
    if (!L.continues || paragraphFirstLine.length === 0) {
      paragraphFirstLine.push(i);
      paragraphLastLine.push(i);
    } else {
      paragraphLastLine[paragraphLastLine.length - 1] = i;
    }
    L.paragraph = paragraphFirstLine.length - 1;
  }
  // Scraped footers break a paragraph or two; a hard-wrapped text breaks many of them.
  const hardWrapped = width > 0 || (brokenParagraphs >= 5 && brokenParagraphs >= paragraphFirstLine.length * 0.1);
  return { lines, hardWrapped, paragraphFirstLine, paragraphLastLine };
}

/**
 * The width a fixed-width-wrapped text is broken at, or 0 when the text is not wrapped that way:
 * at least a third of the content lines (and 8 or more) share a length within ±2 of the most
 * common one.
 */
function wrapWidth(lines: LineInfo[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const L of lines) {
    if (L.blank || L.zeroWidth) continue;
    total++;
    const len = L.contentEnd - L.start;
    if (len < 12 || len > 200) continue;
    counts.set(len, (counts.get(len) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, c] of counts) {
    const around = c + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0) + (counts.get(len - 2) ?? 0) + (counts.get(len + 2) ?? 0);
    if (around > bestCount) { bestCount = around; best = len; }
  }
  return bestCount >= 8 && bestCount >= total / 3 ? best : 0;
}
