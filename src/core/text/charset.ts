/**
 * Character sets tested by code. `'，。；'.includes(text[k])` builds a one-character string for each
 * CJK character read (V8 keeps ready-made strings only for Latin-1), and a scan that does it at
 * every step spends more in the allocator and the garbage collector than in the test. A table
 * indexed by the UTF-16 code answers the same question with no string: `table[text.charCodeAt(k)]`
 * is 1 exactly when `chars.includes(text[k])` (NaN past the end reads as undefined, like
 * `includes(undefined)`: false).
 */
export function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  // each code unit, as `includes` of a one-unit string would find it
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/**
 * Whether the code `c` is one of the code units of `chars`: `chars.includes(text[k])` for a short
 * set, with `text.charCodeAt(k)` in place of the one-character string (NaN, past the end: false).
 */
export function includesCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}
