/**
 * Pinyin residue of a converting mirror: traditional-character copies that wrote the reading of
 * a character after it in brackets (`94.9萬(wàn)人`, `0.7個(gè)百分點(diǎn)`, `三次產(chǎn)業`). The
 * reading belongs to the character before it; a figure reads through it (the unit after a scale
 * word), and the guards' words are compared across it.
 */

/** Tone-marked vowels (and ü): a reading in brackets holds at least one. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function isPinyinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || TONED.includes(String.fromCharCode(c));
}

/**
 * Where the residue `(wàn)` opening at `p` ends (after its closing bracket), or -1: an ASCII or
 * full-width bracket right after a Han character, one to six lowercase pinyin letters with at
 * least one tone mark, and the closing bracket.
 */
export function pinyinResidueEnd(text: string, p: number): number {
  const o = text.charCodeAt(p);
  if ((o !== 40 && o !== 0xff08) || !isHan(text.charCodeAt(p - 1))) return -1;
  let toned = false;
  let k = p + 1;
  for (; k < text.length && k <= p + 7; k++) {
    const c = text.charCodeAt(k);
    if (c === 41 || c === 0xff09) break;
    if (!isPinyinLetter(c)) return -1;
    if (c > 122) toned = true;
  }
  const c = text.charCodeAt(k);
  if ((c !== 41 && c !== 0xff09) || k === p + 1 || !toned) return -1;
  return k + 1;
}

/** Where the residue that closes right before `end` opens, or -1 (the reverse of pinyinResidueEnd). */
export function pinyinResidueStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c !== 41 && c !== 0xff09) return -1;
  for (let k = end - 2; k >= 0 && k >= end - 9; k--) {
    const o = text.charCodeAt(k);
    if (o === 40 || o === 0xff08) return pinyinResidueEnd(text, k) === end ? k : -1;
    if (!isPinyinLetter(o)) return -1;
  }
  return -1;
}
