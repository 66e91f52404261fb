/**
 * A crawler's list of pages written one record a line, its fields parted by tabs: the page's address
 * and its headline (`http://news.example.com/…/1.html⇥⇥某地举办…`, the address as Python prints
 * bytes too, `b'http://…'`), either way round. Such a file is a file of records (docs/testing.md):
 * each record's headline is a title at the top level. Read from the whole file: three records or
 * more, and every line that holds anything is one. Linear: one pass over the lines.
 */
import type { Heading } from '../types';
import { cjkCount } from '../text/cjk';
import { lineEndAt } from '../text/lines';
import { addedTitle, nextRun } from './relink';

const MIN_RECORDS = 3;
const ADDRESS = /^(?:b?['"])?https?:\/\/[^\s'"]+(?:['"])?$/;
const TITLE_MAX = 60;

export function withTabRecordTitles(text: string, lineStarts: readonly number[], headings: Heading[]): Heading[] {
  // (a text with no tab before an address is no such file: one native search)
  if (text.indexOf('\t') < 0 || !/(?:^|\n)(?:b?['"])?https?:\/\/[^\s]*\t|\thttps?:\/\//.test(text)) return headings;
  const found: { a: number; b: number }[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li];
    const e = lineEndAt(text, lineStarts, li);
    const line = text.slice(s, e);
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const filled: number[] = [];
    for (let k = 0; k < fields.length; k++) if (fields[k].trim() !== '') filled.push(k);
    if (filled.length !== 2) return headings;
    const [f0, f1] = filled.map((k) => fields[k].trim());
    const addrFirst = ADDRESS.test(f0);
    if (addrFirst === ADDRESS.test(f1)) return headings;
    const k = addrFirst ? filled[1] : filled[0];
    let off = s;
    for (let j = 0; j < k; j++) off += fields[j].length + 1;
    const raw = fields[k];
    const a = off + (raw.length - raw.trimStart().length);
    const title = raw.trim();
    // (a headline: Chinese words, no sentence inside; a headline may close on ！ or ？)
    if (title.length > 120 || cjkCount(title) < 4 || /[。；;]/.test(title)) return headings;
    found.push({ a, b: a + Math.min(title.length, TITLE_MAX) });
  }
  if (found.length < MIN_RECORDS) return headings;
  const run = nextRun(headings);
  return found.map((f, i) => addedTitle(text, f.a, f.a, f.b, run, '', 0, i + 1 < found.length ? found[i + 1].a : text.length));
}
