/**
 * A numbering marker is not part of a figure: `1.2019年宝山区…` in a list of attachments is the
 * marker `1.` and the year `2019年`, not the decimal 1.2019. Where the outline has a `1.` heading
 * and a figure starts on its marker and runs past it, the figure is read again from the text after
 * the marker.
 */
import type { Outline } from '../types';
import { FigureScanner, type RawFigure } from './extract';

const DOT_MARKER = /^[0-9０-９]{1,3}[.．]$/;

/** Raw figures with markers taken out of them (linear: one map of heading starts, one pass). */
export function splitMarkerFigures(text: string, raw: RawFigure[], outline: Outline | undefined): RawFigure[] {
  const hs = outline?.headings;
  if (!hs || !hs.length || !raw.length) return raw;
  const markerEnd = new Map<number, number>();
  for (const h of hs) if (DOT_MARKER.test(h.marker)) markerEnd.set(h.start, h.start + h.marker.length);
  if (!markerEnd.size) return raw;
  let changed = false;
  const out: RawFigure[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const after = markerEnd.get(r.start);
    if (after === undefined || r.end <= after) {
      out.push(r);
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
