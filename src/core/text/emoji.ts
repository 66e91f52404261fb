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
 * ▲ ► ◆ ◇ ● ○), ⭐ and arrows, • and ※. Keycap digits (1️⃣) are numbers, not decoration.
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
  return code === 0x2022 || code === 0x203b; // • ※
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

/** Length of the decoration closing text before `end` (`…工作报告📜`, `…回顾🏆 `), or 0. */
export function trailingDecorationLength(text: string, start: number, end: number): number {
  let p = end;
  while (p > start && p - end > -40) {
    const c = text.charCodeAt(p - 1);
    if (c === 32 || c === 0x3000 || c === 0xa0 || c === 9) p--;
    else break;
  }
  let symbols = 0;
  while (p > start && symbols < 8) {
    const c = text.charCodeAt(p - 1);
    if (isJoiner(c)) { p--; continue; }
    if (c >= 0xdc00 && c <= 0xdfff && p - 2 >= start) {
      const hi = text.charCodeAt(p - 2);
      if (hi === 0xd83c && c >= 0xdffb && c <= 0xdfff) { p -= 2; continue; } // skin tone
      if (isDecorationCode(hi, c)) { p -= 2; symbols++; continue; }
      break;
    }
    if (isDecorationCode(c, 0)) { p--; symbols++; continue; }
    break;
  }
  return symbols === 0 ? 0 : end - p;
}

/** `s` without the decoration at its start and end (a title's words); `s` itself when none. */
export function undecorated(s: string): string {
  const a = decorationLength(s, 0, s.length);
  const b = trailingDecorationLength(s, a, s.length);
  return a === 0 && b === 0 ? s : s.slice(a, s.length - b).trim();
}

/**
 * A keycap digit at `pos` (`1️⃣`: digit, U+FE0F, U+20E3; or without the VS16, `1⃣`), or 🔟, or
 * two keycaps for ten and more (`1️⃣0️⃣`): its value and length, or null.
 */
export function keycapAt(text: string, pos: number, end: number): { value: number; length: number } | null {
  const one = (p: number): { d: number; len: number } | null => {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return null;
    if (p + 1 < end && text.charCodeAt(p + 1) === 0x20e3) return { d: c - 48, len: 2 };
    if (p + 2 < end && text.charCodeAt(p + 1) === 0xfe0f && text.charCodeAt(p + 2) === 0x20e3) return { d: c - 48, len: 3 };
    return null;
  };
  if (text.charCodeAt(pos) === 0xd83d && pos + 1 < end && text.charCodeAt(pos + 1) === 0xdd1f) return { value: 10, length: 2 };
  const a = one(pos);
  if (!a) return null;
  const b = pos + a.len < end ? one(pos + a.len) : null;
  if (b && a.d > 0) return { value: a.d * 10 + b.d, length: a.len + b.len };
  return a.d > 0 ? { value: a.d, length: a.len } : null;
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
