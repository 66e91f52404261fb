/**
 * Reading notes a converter wrote into a traditional-character copy.
 */

/** A polyphone's reading in brackets after it, with its tone mark: `發(fā)`, `關(guān)`, `長(zhǎng)`. */
const PINYIN_NOTE = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * A line as a reader of the characters sees it: a converter that turns a page into traditional
 * characters may note the reading of every polyphone in brackets after it (`印發(fā)`, `關(guān)于`);
 * the notes are dropped, so the line reads as the title or the 发文字号 it is.
 */
export function unannotated(s: string): string {
  return TONE_MARK.test(s) ? s.replace(PINYIN_NOTE, '') : s;
}
