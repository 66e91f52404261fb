/**
 * A newspaper edition kept as one page of articles (an archive's day page: `某年某月某日某报 第1版`,
 * then for each article the same short head — `第1版()` / `专栏:` — its headline block and its text).
 * The head a reader skips recurs word for word over every article; under it stand one to three short
 * lines with no sentence end (引题, 主题, 副题 on lines of their own) and then the article's text.
 * Each article is a piece of the edition: its 主题 is a title at the top level (the middle line of
 * three, else the first), the 引题 and 副题 around it are no headings of their own, the recurring
 * head is the article's metadata, and a short line over the first head names the edition (a title too).
 * Linear: one map of short lines, one pass over their occurrences.
 */
import type { Anatomy, AnatomyInput } from './index';
import { Zone } from './index';
import { nextContent, prevContent, shortText, startsWithMarker } from './lineText';
import { cjkCount } from '../../text/cjk';

/** Longest line of a recurring head (`第1版()`, `专栏:`). */
const HEAD_MAX = 16;
/** Longest headline line, and fewest characters of the text line under the block. */
const HEADLINE_MAX = 40;
const TEXT_MIN = 40;
/** A sentence or a clause ends the line: no headline. */
const SENTENCE_END = /[。！？；!?;，,：:]$/;
/** What a head line may hold: `第1版()`, `专栏:`, `第01版：要闻`. */
const HEAD_WORDS = /^[\u3400-\u9fff0-9０-９（）()【】\[\]：:\s·]+$/;
/** What a headline line may hold: words, quotes, spaces and a dash or two; no code or markup. */
const HEADLINE_WORDS = /^[^<>{}=#*|\\/]+$/;

export function detectEditionRecords(input: AnatomyInput, anatomy: Anatomy): void {
  if (input.md) return;
  const lines = input.layout.lines;
  const n = lines.length;
  const zone = anatomy.zone;
  // Short lines and how often each text occurs.
  const count = new Map<string, number>();
  const head: (string | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const t = shortText(input, i, HEAD_MAX);
    // (a head is words: Han characters, digits, brackets and a colon; code, markup and list
    // bullets are no page head)
    if (!t || t.length < 2 || !HEAD_WORDS.test(t) || !/[\u3400-\u9fff]/.test(t)) continue;
    head[i] = t;
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  const recurs = (i: number): boolean => head[i] !== null && (count.get(head[i] as string) ?? 0) >= 2;
  // Head groups: runs of consecutive recurring short lines (no blank between), keyed by their text.
  const groups: Array<[number, number, string]> = [];
  for (let i = 0; i < n; i++) {
    if (!recurs(i) || (i > 0 && recurs(i - 1))) continue;
    let j = i;
    while (j + 1 < n && recurs(j + 1)) j++;
    // (a label alone ending on a colon, `问：`, `记者：`, is a speaker's turn of a transcript, no head)
    // (an edition's head numbers its page and labels its fields, `第1版()`, `专栏:`: a digit and a
    // colon or a bracket in it; a document's running head said again after each page number,
    // `某某市人民政府公报`, holds neither)
    const key = head.slice(i, j + 1).join('\n');
    if (j - i < 3 && !(j === i && /[：:]$/.test(head[i] as string)) && /[0-9０-９]/.test(key) && /[：:（）()【】\[\]]/.test(key)) groups.push([i, j, key]);
    i = j;
  }
  const byKey = new Map<string, number>();
  for (const g of groups) byKey.set(g[2], (byKey.get(g[2]) ?? 0) + 1);
  // Each group that recurs, with a headline block of one to three lines and the text under it.
  const found: Array<[number, number[]]> = [];
  for (const [a, b, key] of groups) {
    if ((byKey.get(key) ?? 0) < 2) continue;
    const first = nextContent(input, b + 1);
    if (first < 0) continue;
    const block: number[] = [];
    let k = first;
    for (; k < n && block.length <= 3; k++) {
      const t = shortText(input, k, HEADLINE_MAX);
      if (!t || cjkCount(t) < 4 || SENTENCE_END.test(t) || recurs(k) || zone[k] === Zone.Furniture || startsWithMarker(input, k) || !HEADLINE_WORDS.test(t)) break;
      block.push(k);
    }
    if (block.length === 0 || block.length > 3 || k >= n) continue;
    const text = shortText(input, k, 1 << 20);
    if (!text || cjkCount(text) < TEXT_MIN / 2 || (text.length < TEXT_MIN && !text.startsWith('【'))) continue;
    found.push([a, block]);
  }
  if (found.length < 2) return;
  for (const [a, block] of found) {
    // (the head is the article's record, its page and column fields: metadata, its figures kept)
    for (let i = a; i < block[0]; i++) if (head[i] !== null) zone[i] = Zone.Metadata;
    const main = block.length === 3 ? block[1] : block[0];
    for (const i of block) zone[i] = i === main ? Zone.Title : Zone.Dateline;
    anatomy.titles.set(main, main);
  }
  // A short line alone over the first head, the page's first line, names the edition.
  const top = prevContent(input, found[0][0] - 1);
  if (top >= 0 && prevContent(input, top - 1) < 0) {
    const t = shortText(input, top, HEADLINE_MAX);
    if (t && !SENTENCE_END.test(t)) {
      zone[top] = Zone.Title;
      anatomy.titles.set(top, top);
    }
  }
}
