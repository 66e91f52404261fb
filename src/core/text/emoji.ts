/**
 * Emoji and symbol decoration: AI-written reports, 公众号 articles and 范文 pages set a pictograph
 * or a bullet symbol before a part's number or a title (`🌟一、2023年工作回顾`, `📌 1. …`,
 * `◆一是…`, `🌟沧源2024年工作报告📜`). The decoration is no word of the text: a number after it is
 * read as at the line's start, and a title is judged without it. Reads a bounded number of
 * characters.
 */

/**
 * Whether the code unit at `code` (with `next` after it) opens a decoration symbol: a pictograph
 * of the supplementary planes (a surrogate pair U+1F000–U+1FAFF), the BMP's miscellaneous symbols
 * and dingbats (☆ ★ ✅ ✔ ➡ …, not the dingbat numerals ❶…➓, which number), geometric shapes (■ □
 * ▲ ► ◆ ◇ ● ○), ⭐ and arrows, and •. Keycap digits (1️⃣) are numbers, not decoration.
 */
export function isDecorationCode(code: number, next: number): boolean {
  if (code === 0xd83c || code === 0xd83d || code === 0xd83e) {
    // U+1F000–U+1FAFF; not 🔟 (U+1F51F, the keycap ten: a number)
    return next >= 0xdc00 && next <= 0xdfff && !(code === 0xd83d && next === 0xdd1f);
  }
  if (code >= 0x2600 && code <= 0x27bf) return !(code >= 0x2776 && code <= 0x2793);
  if (code >= 0x25a0 && code <= 0x25ff) return true; // ■ □ ▲ ► ◆ ◇ ● ○
  if (code >= 0x2b00 && code <= 0x2bff) return true; // ⭐ ⬆ ⬛
  if (code >= 0x2190 && code <= 0x21ff) return true; // arrows
  return code === 0x2022; // • (not ※: `※1.` opens a note, as 注1. does)
}

/** Joiners and modifiers inside an emoji: VS16, ZWJ, skin tones (a surrogate pair, read as a pictograph). */
function isJoiner(code: number): boolean {
  return code === 0xfe0f || code === 0xfe0e || code === 0x200d;
}

/**
 * Length (UTF-16 units) of the decoration opening text at `pos`: up to four symbols, with their
 * joiners and modifiers, and the blanks after them; 0 when none opens there.
 */
export function decorationLength(text: string, pos: number, end: number): number {
  let p = pos;
  let symbols = 0;
  while (p < end && symbols < 4) {
    const code = text.charCodeAt(p);
    const next = p + 1 < end ? text.charCodeAt(p + 1) : 0;
    if (!isDecorationCode(code, next)) break;
    p += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    symbols++;
    // joiners, and the pictographs a ZWJ sequence joins (👨‍👩‍👧)
    for (let k = 0; k < 12 && p < end; k++) {
      const c = text.charCodeAt(p);
      if (isJoiner(c)) {
        p++;
        if (c === 0x200d && p < end && isDecorationCode(text.charCodeAt(p), p + 1 < end ? text.charCodeAt(p + 1) : 0)) {
          p += text.charCodeAt(p) >= 0xd800 && text.charCodeAt(p) <= 0xdbff ? 2 : 1;
        }
      } else if (c === 0xd83c && p + 1 < end && text.charCodeAt(p + 1) >= 0xdffb && text.charCodeAt(p + 1) <= 0xdfff) p += 2; // skin tone
      else break;
    }
  }
  if (symbols === 0) return 0;
  while (p < end && p - pos < 40) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 0x3000 || c === 0xa0 || c === 9) p++;
    else break;
  }
  return p - pos;
}

/**
 * `s` without the pictographs set round it (`🌟沧源2024年工作报告📜` → `沧源2024年工作报告`): a
 * title's words. Only emoji of the supplementary planes (🌟 📜 🎯 🔥) and their joiners and blanks:
 * a bullet or a shape (• ● ■ ◆ ★) opens a list's item or a page's menu entry, not a title.
 */
export function undecorated(s: string): string {
  let p = 0;
  for (let k = 0; k < 4 && p + 1 < s.length; k++) {
    const c = s.charCodeAt(p);
    if (!((c === 0xd83c || c === 0xd83d || c === 0xd83e) && isDecorationCode(c, s.charCodeAt(p + 1)))) break;
    p += 2;
    while (p < s.length && (isJoiner(s.charCodeAt(p)) || (s.charCodeAt(p) === 0xd83c && s.charCodeAt(p + 1) >= 0xdffb && s.charCodeAt(p + 1) <= 0xdfff))) p += isJoiner(s.charCodeAt(p)) ? 1 : 2;
  }
  // and those closing it, unless a sentence's mark stands before them (`…提升600%!🚀` is read as written)
  let q = s.length;
  for (let k = 0; k < 8 && q - 2 >= p; k++) {
    const c = s.charCodeAt(q - 1);
    if (isJoiner(c)) { q--; continue; }
    const hi = s.charCodeAt(q - 2);
    if ((hi === 0xd83c || hi === 0xd83d || hi === 0xd83e) && c >= 0xdc00 && c <= 0xdfff) { q -= 2; continue; }
    break;
  }
  while (q > p && (s.charCodeAt(q - 1) === 32 || s.charCodeAt(q - 1) === 0x3000)) q--;
  if (q < s.length && q > p && '!！?？。.'.includes(s[q - 1])) q = s.length;
  return p === 0 && q === s.length ? s : s.slice(p, q).trim();
}

/**
 * A keycap digit at `pos` (`1️⃣`: digit, U+FE0F, U+20E3; or without the VS16, `1⃣`), or 🔟, or
 * two keycaps for ten and more (`1️⃣0️⃣`): its value and length, or null.
 */
export function keycapAt(text: string, pos: number, end: number): { value: number; length: number } | null {
  const one = (p: number): { d: number; len: number } | null => {
    const c = text.charCodeAt(p);
    const tail = c >= 48 && c <= 57 ? keycapTailLength(text, p + 1, end) : 0;
    return tail ? { d: c - 48, len: 1 + tail } : null;
  };
  if (text.charCodeAt(pos) === 0xd83d && pos + 1 < end && text.charCodeAt(pos + 1) === 0xdd1f) return { value: 10, length: 2 };
  const a = one(pos);
  if (!a) return null;
  const b = pos + a.len < end ? one(pos + a.len) : null;
  if (b && a.d > 0) return { value: a.d * 10 + b.d, length: a.len + b.len };
  return a.d > 0 ? { value: a.d, length: a.len } : null;
}

/**
 * Length (UTF-16 units) of the keycap marks at `pos` that make the digit before it a keycap emoji
 * (U+FE0F U+20E3, 2; or U+20E3 alone, 1), ending by `end`; 0 when none stand there.
 */
export function keycapTailLength(text: string, pos: number, end: number): number {
  if (pos < end && text.charCodeAt(pos) === 0x20e3) return 1;
  if (pos + 1 < end && text.charCodeAt(pos) === 0xfe0f && text.charCodeAt(pos + 1) === 0x20e3) return 2;
  return 0;
}

/** ❶…❿ ➀…➉ ➊…➓ (dingbat circled digits), ⓵…⓾ (double circled), ⓫…⓴ (negative circled 11–20): the value, or null. */
export function dingbatNumeralValue(code: number): number | null {
  if (code >= 0x2776 && code <= 0x277f) return code - 0x2776 + 1;
  if (code >= 0x2780 && code <= 0x2789) return code - 0x2780 + 1;
  if (code >= 0x278a && code <= 0x2793) return code - 0x278a + 1;
  if (code >= 0x24f5 && code <= 0x24fe) return code - 0x24f5 + 1;
  if (code >= 0x24eb && code <= 0x24f4) return code - 0x24eb + 11;
  return null;
}
