/** Count of CJK ideographs (U+3400–U+9FFF) in s: how much of a line is Chinese words. */
export function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/** A CJK unified ideograph of the basic block (U+4E00–U+9FFF): a Chinese word's character. */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Characters of the basic block in s (isHan; cjkCount counts Extension A too). */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) n++;
  return n;
}
