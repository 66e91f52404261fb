/**
 * A numbering marker is not part of a figure: `1.2019年宝山区…` in a list of attachments is the
 * marker `1.` and the year `2019年`, not the decimal 1.2019. Where the outline has a `1.` heading
 * and a figure starts on its marker and runs past it, the figure is read again from the text after
 * the marker.
 *
 * A section number is a marker as well: an emergency plan's or a standard's `1 总则`, `1.1 编制目的`,
 * `3.2.1 预警发布` (the number, a space, the part's name) open parts the outline reads as headings,
 * and the number is their marker, no count: a figure the scanner read from it (`1.1`, or `3 组` with
 * the name's first character taken for a unit) is dropped, and what it ran past the marker is read
 * again as above.
 *
 * A figure read wholly from a heading's marker is the marker itself, and goes: the `1` of a `1.`
 * the outline found inside a paragraph (a PDF's text run together, `方案目标1. 提高…2. 优化…`),
 * where the scanner, seeing no line start, read the digit as a count.
 */
import type { Outline } from '../types';
import { FigureScanner, type RawFigure } from './extract';

const DOT_MARKER = /^[0-9０-９]{1,3}[.．]$/;
/** `1`, `1.1`, `2.3.1`: a section number as the outline gives it for a heading's marker. */
const SECTION_MARKER = /^[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}$/;

/** Raw figures with markers taken out of them (linear: one map of heading starts, one pass). */
export function splitMarkerFigures(text: string, raw: RawFigure[], outline: Outline | undefined): RawFigure[] {
  const hs = outline?.headings;
  if (!hs || !hs.length || !raw.length) return raw;
  const markerEnd = new Map<number, number>();
  for (const h of hs) {
    if (DOT_MARKER.test(h.marker)) markerEnd.set(h.start, h.start + h.marker.length);
    else if (!h.inline && SECTION_MARKER.test(h.marker) && isSpaceCode(text.charCodeAt(h.start + h.marker.length))) {
      markerEnd.set(h.start, h.start + h.marker.length);
    }
  }
  if (!markerEnd.size) return raw;
  let changed = false;
  const out: RawFigure[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const after = markerEnd.get(r.start);
    if (after === undefined || r.end <= after) {
      if (after !== undefined) changed = true;
      else out.push(r);
      continue;
    }
    changed = true;
    // The rest of the line, so the figure is read with what follows it (`2019年` then text).
    let lineEnd = r.end;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const limit = k + 1 < raw.length ? Math.min(raw[k + 1].start, lineEnd) : lineEnd;
    for (const s of new FigureScanner(text.slice(after, lineEnd)).run()) {
      s.start += after;
      s.end += after;
      if (s.start >= r.end || s.end > limit) break;
      out.push(s);
    }
  }
  return changed ? out : raw;
}

/** A space or a tab (ASCII or ideographic) after a section number parts it from the part's name. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}
