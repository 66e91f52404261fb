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

/**
 * A map from UTF-16 codes to values, read by an index into a table of 65,536 slots: `get(c)` is
 * `map.get(c)` of a Map keyed by code, with no hashing (the scanners ask it at every number's end and
 * every name's last character). A code past the end of a text (NaN) or out of range gives undefined.
 */
export class CodeMap<T> {
  private readonly slot = new Uint16Array(65536);
  private readonly values: (T | undefined)[] = [undefined];

  constructor(entries?: Iterable<readonly [number, T]>) {
    if (entries) for (const [c, v] of entries) this.set(c, v);
  }

  get(c: number): T | undefined {
    const s = this.slot[c];
    return s ? this.values[s] : undefined;
  }

  set(c: number, v: T): void {
    const s = this.slot[c];
    if (s) this.values[s] = v;
    else {
      // (a table holds at most 65,535 codes: each of this core's tables holds a few hundred)
      this.slot[c] = this.values.length;
      this.values.push(v);
    }
  }
}
