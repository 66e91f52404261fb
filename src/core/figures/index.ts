/**
 * Figures: every quantity a reader may look up or compare (ANNOTATION.md, DESIGN.md "Figures").
 * One forward pass finds the figures (`figures/extract.ts`), a second names what they measure
 * (`figures/context.ts`), a third places them in the outline.
 */
import type { Figure, Outline } from '../types';
import { FigureScanner } from './extract';
import { positionAt } from '../text/lines';
import { annotateContext, prefixApprox, suffixApprox } from './context';
import { applyRowProse, applyTableCells, applyTableMeasures } from './tables';
import { dropRowNumbers } from './ordinals';
import { splitMarkerFigures } from './markers';
import { caught } from '../safety';
import { isPageMark } from '../outline/anatomy/pageFurniture';

export function extractFigures(text: string, outline?: Outline): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const raw = splitMarkerFigures(text, new FigureScanner(text).run(), outline);
    const scanned: Figure[] = raw.map((r) => ({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      value: r.value,
      unit: r.unit,
      kind: r.kind,
      approx: r.approx ?? (r.kind === 'date' ? null : prefixApprox(text, r.start) ?? suffixApprox(text, r.end)),
      indicator: null,
      relation: null,
      of: null,
      section: null,
    }));
    // Before the context pass: it links figures by index, and table row labels, page marks and
    // attachment labels are dropped here.
    let figs = dropCommented(text, dropFileNames(text, dropRowNumbers(text, applyTableCells(scanned, outline), outline?.tableCells)));
    shareListUnits(text, figs);
    if (outline?.zones) {
      assignZones(figs, outline);
      figs = dropListMarks(text, figs, outline);
    }
    annotateContext(text, figs);
    applyTableMeasures(text, figs, outline);
    applyRowProse(text, figs, outline);
    if (outline) assignSections(figs, outline);
    return figs;
  } catch (e) {
    caught(e);
    return [];
  }
}

/** Kinds a bare list member takes from the unit that closes its list. */
const LIST_KINDS = new Set(['percent', 'percentage-point', 'money', 'mass', 'length', 'area', 'volume', 'energy', 'duration']);
const LIST_JOINS = new Set(['、', '和', '及', '与', '或']);
/**
 * 分别加快0.9、1.1和0.5个百分点, 面积分别为12、15平方公里: bare numbers listed before the one that
 * writes the unit measure what it measures. They take its kind; the unit stays `""` since they do
 * not write it (as a table cell under its column's unit, ANNOTATION.md). Not when the unit comes
 * with a scale word (3.2、4.5万亿元: the value would change too). One backward sweep.
 */
function shareListUnits(text: string, figs: Figure[]): void {
  let kind: Figure['kind'] | null = null;
  for (let k = figs.length - 1; k >= 0; k--) {
    const f = figs[k];
    const next = figs[k + 1];
    const bare = f.kind === 'count' && f.unit === '' && typeof f.value === 'number' && /^[0-9０-９.．]+$/.test(f.text);
    if (!bare || !next || next.start <= f.end || !LIST_JOINS.has(text.slice(f.end, next.start))) { kind = null; continue; }
    if (kind === null && LIST_KINDS.has(next.kind) && next.unit !== '' && !/[万亿千百十萬億]/.test(next.text.slice(0, next.text.length - next.unit.length))) kind = next.kind;
    if (kind !== null) f.kind = kind;
  }
}

/**
 * `<!-- … -->`: an HTML comment (a page's hidden ad list kept by an archiver, an editor's note) is
 * never shown to the reader, so nothing in it is a figure of the document. Comments found in one
 * forward pass; figures are in text order.
 */
function dropCommented(text: string, figs: Figure[]): Figure[] {
  if (!figs.length) return figs;
  let open = text.indexOf('<!--');
  if (open < 0) return figs;
  const out: Figure[] = [];
  let close = text.indexOf('-->', open + 4);
  for (const f of figs) {
    while (open >= 0 && close >= 0 && close + 3 <= f.start) {
      open = text.indexOf('<!--', close + 3);
      close = open < 0 ? -1 : text.indexOf('-->', open + 4);
    }
    // (an unclosed comment hides nothing: the text may just hold the characters)
    if (open >= 0 && close >= 0 && f.start >= open && f.start < close) continue;
    out.push(f);
  }
  return out;
}

const FILE_EXT = /^\.(pdf|md|docx?|xlsx?|txt|html?|jpe?g|png|gif|zip|rar|wps|ofd|csv|json)(?![A-Za-z0-9])/i;
/**
 * Figures inside a file name (`通知(2005-11-16).pdf`, `报告2024.docx`) are none (ANNOTATION.md:
 * file names, hashes and URLs): after the figure the name runs on, without a space or a quote,
 * to a file extension. Looks at most 40 characters ahead of each figure.
 */
function dropFileNames(text: string, figs: Figure[]): Figure[] {
  const keep = figs.filter((f) => {
    for (let k = f.end; k < text.length && k < f.end + 40; k++) {
      // by code: `text[k]` would make a string of each CJK character
      const c = text.charCodeAt(k);
      if (c === 46 && FILE_EXT.test(text.slice(k, k + 6))) return false;
      // space " ' \n ， 。 \t , ；
      if (c === 32 || c === 34 || c === 39 || c === 10 || c === 0xff0c || c === 0x3002 || c === 9 || c === 44 || c === 0xff1b) return true;
    }
    return true;
  });
  return keep.length === figs.length ? figs : keep;
}

/** Innermost heading whose part [start, end) holds each figure: one sweep with a stack. */
function assignSections(figs: Figure[], outline: Outline): void {
  const hs = outline.headings;
  const order = hs.map((_, i) => i).sort((a, b) => hs[a].start - hs[b].start || hs[b].end - hs[a].end);
  const stack: number[] = [];
  let h = 0;
  for (const f of figs) {
    while (h < order.length && hs[order[h]].start <= f.start) {
      const idx = order[h++];
      while (stack.length && hs[stack[stack.length - 1]].end <= hs[idx].start) stack.pop();
      stack.push(idx);
    }
    while (stack.length && hs[stack[stack.length - 1]].end <= f.start) stack.pop();
    f.section = stack.length ? stack[stack.length - 1] : null;
  }
}

/** Zone of the line each figure starts on (binary searches: the figures need not be in text order). */
function assignZones(figs: Figure[], outline: Outline): void {
  const zones = outline.zones ?? [];
  if (!zones.length) return;
  for (const f of figs) {
    const line = positionAt(outline.lineStarts, f.start).line;
    let lo = 0;
    let hi = zones.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (zones[mid].firstLine <= line) lo = mid;
      else hi = mid - 1;
    }
    f.zone = zones[lo].zone;
  }
}

/**
 * List marks are not figures (ANNOTATION.md): the number of an attachment's label (`附件 3`), and a
 * page furniture line that is nothing but a page mark (`- 2 -`, `第 3 页 共 20 页`) or a bare number
 * (a PDF's page number, a web page's comment or share count). Nor are the figures of a running
 * head or foot: a furniture line whose text comes back three times or more (the year in an exam
 * paper's head printed on every page). A footer printed once (a web page's ICP or phone numbers)
 * keeps its figures.
 */
function dropListMarks(text: string, figs: Figure[], outline: Outline): Figure[] {
  const starts = outline.lineStarts;
  const lineText = (line: number): string => {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    return text.slice(starts[line], end).trim();
  };
  // Texts of the furniture lines that hold figures, counted over all furniture lines (one pass).
  let repeats: Map<string, number> | null = null;
  const furnitureLineCounts = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (const z of outline.zones ?? []) {
      if (z.zone !== 'furniture') continue;
      for (let l = z.firstLine; l <= z.lastLine && l < starts.length; l++) {
        const t = lineText(l);
        if (t) m.set(t, (m.get(t) ?? 0) + 1);
      }
    }
    return m;
  };
  const keep = figs.filter((f) => {
    if (f.zone === 'attachment-label') return false;
    if (f.zone !== 'furniture') return true;
    const t = lineText(positionAt(starts, f.start).line);
    if (isPageMark(t)) return false;
    repeats ??= furnitureLineCounts();
    return (repeats.get(t) ?? 0) < 3;
  });
  return keep.length === figs.length ? figs : keep;
}
