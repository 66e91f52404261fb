/**
 * Pinyin residue of a converting mirror: traditional-character copies that wrote the reading of
 * a character after it in brackets (`94.9萬(wàn)人`, `0.7個(gè)百分點(diǎn)`, `三次產(chǎn)業`). The
 * reading belongs to the character before it; a figure reads through it (the unit after a scale
 * word), and the guards' words are compared across it.
 */
import { isHan } from '../text/cjk';

/** Tone-marked vowels (and ü). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** A toneless pinyin syllable (mirrors that dropped the tone marks: 萬(wan)人, 個(ge)(ge)百分(fen)點(dian)). */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)$/;

function isPinyinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || TONED.includes(String.fromCharCode(c));
}

/**
 * Where the residue `(wàn)` opening at `p` ends (after its closing bracket), or -1: an ASCII or
 * full-width bracket right after a Han character (or right after another residue), one to six
 * lowercase pinyin letters with a tone mark, or two to six forming a toneless syllable, and the
 * closing bracket.
 */
export function pinyinResidueEnd(text: string, p: number): number {
  const o = text.charCodeAt(p);
  if (o !== 40 && o !== 0xff08) return -1;
  const b = text.charCodeAt(p - 1);
  if (!isHan(b) && !((b === 41 || b === 0xff09) && lettersInBrackets(text, p))) return -1;
  let toned = false;
  let k = p + 1;
  for (; k < text.length && k <= p + 7; k++) {
    const c = text.charCodeAt(k);
    if (c === 41 || c === 0xff09) break;
    if (!isPinyinLetter(c)) return -1;
    if (c > 122) toned = true;
  }
  const c = text.charCodeAt(k);
  if ((c !== 41 && c !== 0xff09) || k === p + 1) return -1;
  if (!toned && (k - p - 1 < 2 || !SYLLABLE.test(text.slice(p + 1, k)))) return -1;
  return k + 1;
}

/** Whether a bracket of pinyin letters closes right before `end` (no look further back: linear). */
function lettersInBrackets(text: string, end: number): boolean {
  for (let k = end - 2; k >= 0 && k >= end - 9; k--) {
    const o = text.charCodeAt(k);
    if (o === 40 || o === 0xff08) return k < end - 2;
    if (!isPinyinLetter(o)) return false;
  }
  return false;
}

/** Past every residue opening at `p` (`(sheng)(sheng)`): where they end, or p when none does. */
export function pastResidues(text: string, p: number): number {
  for (let r = pinyinResidueEnd(text, p); r > 0; r = pinyinResidueEnd(text, p)) p = r;
  return p;
}

/**
 * The characters from `p` with the residues between them left out (at most `max` characters),
 * and for each the position just past it and any residue after it: a unit can be read across
 * them (`個(ge)(ge)百分(fen)點(dian)` reads 個百分點). Null when no residue stands among them.
 */
export function acrossResidues(text: string, p: number, max: number): { chars: string; ends: number[] } | null {
  return readAcross(text, p, max, false);
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

/**
 * A unit's characters from `p` with the residues among them left out, a rate's slash kept
 * (`微(wei)(wei)克(ke)/立(li)方(fang)米` reads 微克/立方米, `標(biāo)箱` 標箱), at most `max` characters,
 * and for each the position just past it and any residue after it. Null when no residue stands among
 * them: the plain reading is then the whole story.
 */
export function unitAcrossResidues(text: string, p: number, max: number): { chars: string; ends: number[] } | null {
  return readAcross(text, p, max, true);
}

/** A Chinese character, or (for a unit) a rate's slash. */
function readsAcross(c: number, slash: boolean): boolean {
  return isHan(c) || (slash && (c === 47 || c === 0xff0f));
}

/**
 * The reading of acrossResidues and unitAcrossResidues: Chinese characters (and, for a unit, a
 * rate's slash) from `p`, the residues after each passed over.
 */
function readAcross(text: string, p: number, max: number, slash: boolean): { chars: string; ends: number[] } | null {
  // (asked after every number written in digits, and almost never with a residue: the walk is made
  // first without building the characters, which are built only where a residue stands)
  for (let count = 0, q = p; ; count++) {
    if (count >= max || q >= text.length) return null;
    const c = text.charCodeAt(q);
    if (!readsAcross(c, slash)) return null;
    const r = isHan(c) ? pastResidues(text, q + 1) : q + 1;
    if (r > q + 1) break;
    q = r;
  }
  let chars = '';
  const ends: number[] = [];
  let q = p;
  while (chars.length < max && q < text.length) {
    const c = text.charCodeAt(q);
    if (!readsAcross(c, slash)) break;
    chars += text[q];
    const r = isHan(c) ? pastResidues(text, q + 1) : q + 1;
    ends.push(r);
    q = r;
  }
  return { chars, ends };
}
