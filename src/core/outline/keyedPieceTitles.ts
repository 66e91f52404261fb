/**
 * A compilation that gathers what several sources say about one thing, each piece headed by a line
 * naming its source and the thing after a `>` (a wiki's day page: `毛泽东年谱>19711009`,
 * `周恩来年谱>19711009`, `王世杰日记>19711009`, each over that source's entry for the day, its own
 * date line first). The key after the `>` is the same on every such line and the names differ: the
 * repetition says the lines head the pieces of one page, where a breadcrumb (`首页 > 新闻`) stands
 * once and a menu repeats its names, not a key. Three such lines or more, three of them at least
 * over text of their own, are the pieces' titles at the top level, each holding the headings read
 * after it. Done on the assembled headings; linear in the lines and the headings.
 */
import type { Heading } from '../types';
import { lineEndAt } from '../text/lines';
import { insertPieceTitles, type Found } from './topicPieces';
import { holdsRare } from '../text/rareMarks';

/** `名称>键`: a name of 2 to 30 characters holding Chinese, one `>`, a key of 1 to 20 characters, no sentence. */
const KEYED = /^[ \t\u3000]*([^>＞\s][^>＞]{1,29}?)[ \t\u3000]*[>＞][ \t\u3000]*([^>＞\s][^>＞]{0,19}?)[ \t\u3000]*\r?$/;
const CLAUSE = /[。；;！!？?，,：:|｜]/;
const MIN_PIECES = 3;

export function withKeyedPieceTitles(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  if (text.indexOf('>') < 0 && !holdsRare(text, '＞')) return headings;
  const found: Array<Found & { key: string; name: string; li: number }> = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    if (e - s < 4 || e - s > 56) continue;
    const line = text.slice(s, e);
    if (line.indexOf('>') < 0 && line.indexOf('＞') < 0) continue;
    const m = KEYED.exec(line);
    if (!m || CLAUSE.test(line) || !/[\u3400-\u9fff]{2}/.test(m[1])) continue;
    const ts = s + (line.length - line.trimStart().length);
    const te = s + line.replace(/[ \t\u3000\r]+$/, '').length;
    found.push({ s: ts, e: te, ts, te, marker: '', word: '', n: 0, key: m[2], name: m[1], li });
  }
  if (found.length < MIN_PIECES) return headings;
  // the key most lines share, with a different name on each
  const byKey = new Map<string, typeof found>();
  for (const f of found) { const g = byKey.get(f.key); if (g) g.push(f); else byKey.set(f.key, [f]); }
  let best: typeof found = [];
  for (const g of byKey.values()) if (g.length > best.length) best = g;
  if (best.length < MIN_PIECES || new Set(best.map((f) => f.name)).size < best.length) return headings;
  // a piece holds text: a line with words before the next keyed line
  const keyed = new Set(best.map((f) => f.li));
  let withText = 0;
  for (const f of best) {
    for (let li = f.li + 1; li < lineStarts.length && !keyed.has(li); li++) {
      if (/[\u3400-\u9fff0-9A-Za-z]/.test(text.slice(lineStarts[li], lineEndAt(text, lineStarts, li)))) { withText++; break; }
    }
  }
  if (withText < MIN_PIECES) return headings;
  return insertPieceTitles(text, lineStarts, headings, best);
}
