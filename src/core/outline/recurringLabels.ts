/**
 * A part label every piece of a document repeats (`问题的提出`, `问题分析` under each topic of a
 * student paper's inquiry pages; `热点话题` / `各方观点` under each forum piece; `背景` / `做法` / `成效`
 * under each case of a compilation of cases): the same short line, alone, over text of the piece,
 * two times or more in the document. Where it stands right under the piece's title (no text
 * between), the title block reading takes it for a second line of that title (a 副题) and drops
 * it; its repetition shows it is a part of each piece, a subhead of its own.
 *
 * `paragraphs`: for each paragraph, the words of its line when it is one line that reads as a title
 * (kind 2 in addTitles) with running text right under it (a body paragraph holding no marker), else
 * null. The answer: the paragraphs whose line recurs so (twice or more). Linear (one map).
 */
/** Fewest and most characters of a recurring label (spaces aside). */
const LABEL_MIN = 4;
const LABEL_MAX = 12;

export function recurringLabels(paragraphs: ReadonlyArray<string | null>): Uint8Array {
  const n = paragraphs.length;
  const out = new Uint8Array(n);
  const count = new Map<string, number>();
  const key = (s: string | null): string | null => {
    if (s === null) return null;
    const w = s.replace(/[\s\u3000]+/g, '');
    // (words only: a number, a date, a page label or a mark makes no part label)
    if (w.length < LABEL_MIN || w.length > LABEL_MAX || !/^[\u3400-\u9fff]+$/.test(w)) return null;
    return w;
  };
  for (let p = 0; p < n; p++) {
    const k = key(paragraphs[p]);
    if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  }
  for (let p = 0; p < n; p++) {
    const k = key(paragraphs[p]);
    if (k !== null && (count.get(k) ?? 0) >= 2) out[p] = 1;
  }
  return out;
}
