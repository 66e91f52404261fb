/**
 * Ordered sequences of markers as a reader counts them: the members of one family under one
 * parent, in document order, split where the count restarts. Built from the outline rather than
 * taken from `Heading.run` alone, so that `（一）（一）（二）` is one sequence with a repeat whether
 * the engine split it into two runs or not, while a run that restarts at 一 under the same parent
 * (a compilation, a lost level) is a new sequence, not a repeat.
 */
import type { Outline } from '../types';
import { markerParts, type MarkerParts } from './markerParts';
import { caught } from '../safety';

export interface Sequence {
  id: number;
  /** Family, plus the form for 第N (第一， vs 第一章 vs 第一条), which count separately. */
  key: string;
  parent: number | null;
  members: MarkerParts[];
  /** The number each member states (null for 最后). */
  ordinals: (number | null)[];
  /** The number the first member should state: 1, or one more than the run it continues. */
  expectedStart: number;
  /** The earlier sequence this one continues exactly (08: items 9.–15. after 1.–8.). */
  continues: Sequence | null;
  /** Later sequences that continue this one exactly. */
  continuedBy: Sequence[];
}

export interface Analysis {
  text: string;
  outline: Outline;
  /** Marker parts by heading index (null for titles and markers of unknown shape). */
  parts: (MarkerParts | null)[];
  sequences: Sequence[];
  /** Sequence of each heading index. */
  sequenceOf: Map<number, Sequence>;
}

export function seriesKey(p: MarkerParts): string {
  if (p.family === 'di') return `di:${p.suffix && p.suffix.text !== '步' && p.suffix.text !== '点' ? p.suffix.text : ','}`;
  return p.family;
}

function ordinalOf(p: MarkerParts): number | null {
  if (p.value !== null) return p.value;
  return p.heading.ordinal > 0 && p.family !== 'shouxian' ? p.heading.ordinal : null;
}

export function analyse(text: string, outline: Outline): Analysis {
  const headings = outline.headings;
  const parts = headings.map((h, i) => {
    try {
      return markerParts(text, h, i);
    } catch (e) {
      caught(e);
      return null;
    }
  });
  const order = parts.filter((p): p is MarkerParts => p !== null).sort((a, b) => a.start - b.start);

  const open = new Map<string, Sequence>();
  const counted = new Set<Sequence>(); // sequences that have counted past 1
  const sequences: Sequence[] = [];
  const sequenceOf = new Map<number, Sequence>();
  for (const p of order) {
    const key = seriesKey(p);
    const parent = p.heading.parent;
    const groupKey = `${parent}|${key}`;
    const ord = ordinalOf(p);
    let seq = open.get(groupKey);
    // 首先，其次，第三: the engine may read 第三 as a run of its own; it continues the 首先 run.
    const mixed = key === 'di:,' && !seq && ord !== null && ord > 1 ? open.get(`${parent}|shouxian`) : undefined;
    if (mixed && ord !== null && lastStated(mixed) === ord - 1) seq = mixed;
    if (seq) {
      const last = seq.members[seq.members.length - 1];
      const lastOrd = lastStated(seq);
      const restart = ord === 1 && counted.has(seq);
      const engineSplit = last.heading.run !== p.heading.run && ord !== null && ord > 1 && lastOrd !== null && ord < lastOrd;
      if (restart || engineSplit) seq = undefined;
    }
    if (!seq) {
      seq = { id: sequences.length, key, parent, members: [], ordinals: [], expectedStart: 1, continues: null, continuedBy: [] };
      sequences.push(seq);
      open.set(groupKey, seq);
    }
    seq.members.push(p);
    seq.ordinals.push(ord);
    if (ord !== null && ord >= 2) counted.add(seq);
    sequenceOf.set(p.index, seq);
  }

  linkContinuations(sequences);
  return { text, outline, parts, sequences, sequenceOf };
}

function lastStated(seq: Sequence): number | null {
  for (let i = seq.ordinals.length - 1; i >= 0; i--) if (seq.ordinals[i] !== null) return seq.ordinals[i];
  return null;
}

/**
 * A run that starts above 1 may continue an earlier run of the same form (continuous item
 * numbering across sections, as in regulations); then it starts right, and its expected start is
 * the number after that run's last.
 */
function linkContinuations(sequences: Sequence[]): void {
  // An earlier run is matched by the last number it states and by the last number it would
  // state once renumbered, so that the fixes of both runs agree.
  const byKey = new Map<string, { lastOf: Map<number, Sequence>; latest: Sequence }>();
  for (const seq of sequences) {
    const first = seq.ordinals[0];
    const known = byKey.get(seq.key);
    if (first !== null && first > 1 && known) {
      const prev = known.lastOf.get(first - 1);
      if (prev) {
        seq.continues = prev;
        prev.continuedBy.push(seq);
        seq.expectedStart = first;
      } else {
        const stated = lastStated(known.latest);
        const counted = countedLast(known.latest);
        seq.expectedStart = stated !== null && first > Math.min(stated, counted) ? counted + 1 : 1;
      }
    }
    const last = lastStated(seq);
    if (last !== null) {
      const entry = known ?? { lastOf: new Map<number, Sequence>(), latest: seq };
      entry.lastOf.set(last, seq);
      entry.lastOf.set(countedLast(seq), seq);
      entry.latest = seq;
      byKey.set(seq.key, entry);
    }
  }
}

function countedLast(seq: Sequence): number {
  return seq.expectedStart + seq.members.length - 1;
}
