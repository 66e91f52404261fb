/**
 * Groups of equal short texts (lines, or keys made from lines), numbered by first occurrence:
 * the running heads of paged text (`pageFurniture.ts`) and the items a table of contents shares
 * with the body (`toc.ts`) are found by grouping. A text is hashed on its length and all of its
 * characters and compared whole only against texts of the same hash; a text read in place from
 * the document needs no string at all: a group opened by one keeps where it stands (groupText makes
 * the string when a caller asks for it). The table starts small and doubles when
 * half full, so a text repeating a few hundred lines stays in the cache, and every step is
 * amortised constant time: linear in the lines.
 */

/**
 * A hash of text[from, from + len): its length and every one of its characters. (Five characters
 * were hashed before: a table's rows or a list's lines of one length that differ only between
 * them, `某某甲乙丙项工作…`, all fell in one chain and each line was compared with every earlier one,
 * 12,000 such lines took 11 s: lin37. The lines grouped are short, and a hit compares the whole
 * range anyway.)
 */
export function hashRange(text: string, from: number, len: number): number {
  let h = Math.imul(len, 0x9e3779b1);
  for (let p = from, e = from + len; p < e; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  return h ^ (h >>> 15);
}

/**
 * Whether text[from, from + len) is s. The range is compared as a slice (a view into the text for
 * all but the shortest: no copy) by the engine's native comparison: a loop of charCodeAt cost
 * about three times as much, and in a text repeating its lines every line is compared whole.
 */
export function sameRange(text: string, from: number, len: number, s: string): boolean {
  return s.length === len && text.slice(from, from + len) === s;
}

/**
 * The groups found so far. A plain object made by newLineGroups, read by the functions below (not a
 * class: the engine keeps the shape of an object literal, where a class instance made once per
 * document lost its shape with the document and the optimised code that read it with it).
 */
export interface LineGroups {
  /**
   * Each group's text (its first occurrence), by group number, when it was given as a string;
   * '' for a group opened by a range of `src` (read it with groupText).
   */
  text: string[];
  /** Where a group opened by a range starts in `src` (-1: given as a string), and its length. */
  from: number[];
  len: number[];
  /** The text ranges are read from (the first one groupOfRange was given). */
  src: string;
  /** How many texts each group holds. */
  count: number[];
  hash: number[];
  /** Group number + 1 in each slot (0: empty). */
  slot: Int32Array;
  slotHash: Int32Array;
  mask: number;
}

export function newLineGroups(): LineGroups {
  return { text: [], from: [], len: [], src: '', count: [], hash: [], slot: new Int32Array(1024), slotHash: new Int32Array(1024), mask: 1023 };
}

/** How many groups there are. */
export function groupCount(G: LineGroups): number {
  return G.count.length;
}

/** Group g's text (its first occurrence); a string is made from a range only when asked for. */
export function groupText(G: LineGroups, g: number): string {
  const from = G.from[g];
  if (from < 0 || G.text[g] !== '') return G.text[g];
  const s = G.src.slice(from, from + G.len[g]);
  G.text[g] = s;
  return s;
}

/** The length of group g's text, read without making its string. */
export function groupLength(G: LineGroups, g: number): number {
  return G.len[g];
}

/** Whether group g holds text[from, from + len). */
function groupIsRange(G: LineGroups, g: number, src: string, from: number, len: number): boolean {
  const at = G.from[g];
  if (at < 0) return sameRange(src, from, len, G.text[g]);
  if (G.len[g] !== len) return false;
  // (both ranges as slices, compared natively: see sameRange)
  return src.slice(from, from + len) === G.src.slice(at, at + len);
}

/** The group of text[from, from + len) (a new group when no earlier text equals it). */
export function groupOfRange(G: LineGroups, src: string, from: number, len: number): number {
  if (G.src !== src) {
    if (G.count.length === 0) G.src = src;
    else return groupOf(G, src.slice(from, from + len)); // (another text: never in practice)
  }
  const h = hashRange(src, from, len);
  let q = h & G.mask;
  for (;;) {
    const g1 = G.slot[q];
    if (g1 === 0) return openGroup(G, q, h, '', from, len);
    if (G.slotHash[q] === h && groupIsRange(G, g1 - 1, src, from, len)) { G.count[g1 - 1]++; return g1 - 1; }
    q = (q + 1) & G.mask;
  }
}

/** The group of the string s. */
export function groupOf(G: LineGroups, s: string): number {
  const h = hashRange(s, 0, s.length);
  let q = h & G.mask;
  for (;;) {
    const g1 = G.slot[q];
    if (g1 === 0) return openGroup(G, q, h, s, -1, s.length);
    if (G.slotHash[q] === h && (G.from[g1 - 1] < 0 ? G.text[g1 - 1] === s : sameRange(G.src, G.from[g1 - 1], G.len[g1 - 1], s))) {
      G.count[g1 - 1]++;
      return g1 - 1;
    }
    q = (q + 1) & G.mask;
  }
}

function openGroup(G: LineGroups, q: number, h: number, s: string, from: number, len: number): number {
  const g = G.count.length;
  G.text.push(s);
  G.from.push(from);
  G.len.push(len);
  G.count.push(1);
  G.hash.push(h);
  G.slot[q] = g + 1;
  G.slotHash[q] = h;
  if (2 * (g + 1) > G.mask + 1) growGroups(G);
  return g;
}

function growGroups(G: LineGroups): void {
  const size = (G.mask + 1) * 2;
  const slot = new Int32Array(size);
  const slotHash = new Int32Array(size);
  const mask = size - 1;
  for (let g = 0; g < G.hash.length; g++) {
    const h = G.hash[g];
    let q = h & mask;
    while (slot[q] !== 0) q = (q + 1) & mask;
    slot[q] = g + 1;
    slotHash[q] = h;
  }
  G.slot = slot;
  G.slotHash = slotHash;
  G.mask = mask;
}
