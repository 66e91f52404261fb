/**
 * Headings the file's format states (issue 11): a Word paragraph in a heading style (标题 1,
 * Heading 2…) or with an outline level. They are strong evidence, stronger than anything the
 * engine reads from the text: the line is a heading at that level, whatever its marker says.
 *
 * The format's headings make the skeleton; what the engine found between two of them keeps its own
 * nesting and hangs under the one before (its shallowest heading one level below), except the
 * members of the run of the heading before, which stay its siblings (a styled `一、` and an
 * unstyled `二、`). Before the first format heading, a document title the engine found stays on
 * top and its other headings stand beside that first format heading. A line the
 * engine already read as a heading keeps its marker, family and run and takes the format's level;
 * any other line becomes a heading as Make Heading makes one. One pass over the headings in text
 * order (both lists are sorted), then one relink: linear in text and headings. Never throws: on an
 * internal failure the outline comes back as built.
 */
import type { Heading, Outline } from '../types';
import { LineIndex, madeHeading } from './corrections';
import { relink } from './relink';
import { isSalutation } from './anatomy/lineShapes';

export interface FormatHeading {
  /** 0-based line in the text. */
  line: number;
  /** 1 = top. */
  level: number;
}

/** Room between two format levels for the engine's levels under them (10 levels deep is plenty). */
const SPAN = 16;

export function applyFormatHeadings(text: string, outline: Outline, given: readonly FormatHeading[] | undefined): Outline {
  if (!given?.length) return outline;
  try {
    const lineStarts = outline.lineStarts;
    const index = new LineIndex(text, lineStarts);
    // Valid lines with text, in order, one per line (the first level given wins).
    const wanted: FormatHeading[] = [];
    let lastLine = -1;
    for (const g of [...given].sort((a, b) => a.line - b.line)) {
      const line = Number(g?.line);
      const level = Math.min(9, Math.max(1, Math.floor(Number(g?.level) || 1)));
      if (!Number.isInteger(line) || !(line >= 0 && line < lineStarts.length) || line === lastLine || index.to[line] <= index.from[line]) continue;
      // a salutation set in a heading tag or style (`<h4>各位代表：</h4>`, a styled `同志们：`) is no
      // part's title: the engine leaves it out of a Markdown or HTML source reading too
      if (index.to[line] - index.from[line] <= 80 && isSalutation(text.slice(index.from[line], index.to[line]).trim())) continue;
      wanted.push({ line, level });
      lastLine = line;
    }
    if (!wanted.length) return outline;
    let runs = 0;
    for (const h of outline.headings) if (h.run >= runs) runs = h.run + 1;

    const headings: Heading[] = [];
    const raw: number[] = [];
    /** Engine headings since the last format heading: their index and engine level. */
    let section: number[] = [];
    let sectionBase = 0;
    /** Run of the engine heading the last format heading took over (its unstyled siblings stay siblings), or -1. */
    let sectionRun = -1;
    let first = true;
    const closeSection = (nextLevel: number) => {
      if (!section.length) return;
      let members = section;
      if (first) {
        // Before the first format heading: a document title the engine found stays above
        // everything; its other headings stand beside the first format heading.
        const t = headings[section[0]];
        if (t.family === 'title' && raw[section[0]] === 1) members = section.slice(1);
        sectionBase = nextLevel * SPAN - 1;
      }
      let min = Infinity;
      for (const k of members) if (headings[k].run !== sectionRun) min = Math.min(min, raw[k]);
      for (const k of members) raw[k] = headings[k].run === sectionRun ? sectionBase : sectionBase + 1 + (raw[k] - min);
      section = [];
    };
    const engine = outline.headings;
    let e = 0;
    for (const w of wanted) {
      const lineStart = index.from[w.line];
      while (e < engine.length && engine[e].start < lineStart) {
        section.push(headings.length);
        raw.push(engine[e].level);
        headings.push({ ...engine[e] });
        e++;
      }
      closeSection(w.level);
      first = false;
      // The engine's heading that opens this line, if any, becomes the format's heading.
      let h: Heading;
      if (e < engine.length && engine[e].start === lineStart && !engine[e].inline) {
        h = { ...engine[e++] };
        sectionRun = h.run;
      } else {
        h = madeHeading(index, w.line, runs++);
        sectionRun = -1;
      }
      // Inline headings the engine found further on this line stay, under this one (next section).
      raw.push(w.level * SPAN);
      headings.push(h);
      sectionBase = w.level * SPAN;
    }
    while (e < engine.length) {
      section.push(headings.length);
      raw.push(engine[e].level);
      headings.push({ ...engine[e] });
      e++;
    }
    closeSection(1);
    relink(text, headings, (k) => raw[k]);
    return { ...outline, headings };
  } catch {
    return outline;
  }
}
