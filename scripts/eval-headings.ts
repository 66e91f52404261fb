/**
 * Scores the outline engine against the gold headings of the shared corpus, beside a naive
 * baseline (line-start regex, fixed GB/T levels).
 *
 * A predicted heading matches a gold one by line and column; titles (marker "") match by line.
 * Level, parent and title accuracy are measured over matched headings; a parent is right when the
 * predicted parent is the heading matched to the gold parent (or both are null).
 */
import type { GoldDoc, GoldHeading } from './corpus';
import { parseOutline } from '../src/core/outline';
import { computeLineStarts, positionAt } from '../src/core/text/lines';

/** A heading the engine found, in the gold's own shape (line 1-based, col, marker, level, title, parent) but for its note. */
export type Pred = Omit<GoldHeading, 'note'>;

export interface Score {
  gold: number;
  pred: number;
  matched: number;
  level: number;
  parent: number;
  title: number;
}

/** The engine's headings in the gold's coordinates (1-based line, UTF-16 col). */
export function engine(doc: GoldDoc): Pred[] {
  const o = parseOutline(doc.text, { format: doc.format });
  return o.headings.map((h) => {
    const p = positionAt(o.lineStarts, h.start);
    return { line: p.line + 1, col: p.col, marker: h.marker, level: h.level, title: h.title, parent: h.parent };
  });
}

/** The baseline the issue quotes: 一、 / （一） / 1. / （1） at a line start, levels 1–4, no runs. */
export function baseline(text: string): Pred[] {
  const starts = computeLineStarts(text);
  const out: Pred[] = [];
  const stack: number[] = [];
  const res: [RegExp, number][] = [
    [/^[一二三四五六七八九十]+、/, 1],
    [/^[（(][一二三四五六七八九十]+[）)]/, 2],
    [/^\d+[.．、](?!\d)/, 3],
    [/^[（(]\d+[）)]/, 4],
  ];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const raw = text.slice(starts[i], end).replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.replace(/^[\s\u3000\u00a0]+/, '').length;
    const line = raw.slice(lead);
    for (const [re, level] of res) {
      const m = re.exec(line);
      if (!m) continue;
      const rest = line.slice(m[0].length);
      const stop = rest.search(/[。；;：:！？]/);
      const title = (stop < 0 ? rest : rest.slice(0, stop)).slice(0, 60);
      while (stack.length && out[stack[stack.length - 1]].level >= level) stack.pop();
      out.push({ line: i + 1, col: lead, marker: m[0], level, title, parent: stack.length ? stack[stack.length - 1] : null });
      stack.push(out.length - 1);
      break;
    }
  }
  return out;
}

export function score(gold: GoldHeading[], pred: Pred[]): Score {
  const key = (line: number, col: number): string => `${line}:${col}`;
  const predByKey = new Map<string, number>();
  // Titles match by line (their col is where the title text starts, a matter of indentation); a
  // line holding several titles (a one-line record: every paragraph of its content on line 1)
  // matches them by col first, then in order.
  const predTitlesByLine = new Map<number, number[]>();
  pred.forEach((p, i) => {
    if (p.marker !== '') predByKey.set(key(p.line, p.col), i);
    else {
      const l = predTitlesByLine.get(p.line);
      if (l) l.push(i);
      else predTitlesByLine.set(p.line, [i]);
    }
  });
  const g2p = new Map<number, number>();
  const used = new Set<number>();
  const take = (gi: number, pi: number | undefined): void => {
    if (pi !== undefined && !used.has(pi) && !g2p.has(gi)) {
      g2p.set(gi, pi);
      used.add(pi);
    }
  };
  const several = (line: number): boolean => (predTitlesByLine.get(line)?.length ?? 0) > 1;
  gold.forEach((g, gi) => {
    if (g.marker !== '') take(gi, predByKey.get(key(g.line, g.col)));
    else if (several(g.line)) take(gi, predTitlesByLine.get(g.line)!.find((i) => pred[i].col === g.col && !used.has(i)));
  });
  gold.forEach((g, gi) => {
    if (g.marker !== '' || g2p.has(gi)) return;
    const l = predTitlesByLine.get(g.line);
    take(gi, several(g.line) ? l!.find((i) => !used.has(i)) : l?.[0]);
  });
  let level = 0;
  let parent = 0;
  let title = 0;
  for (const [gi, pi] of g2p) {
    const g = gold[gi];
    const p = pred[pi];
    if (g.level === p.level) level++;
    const want = g.parent === null ? null : g2p.get(g.parent) ?? -1;
    if (want === p.parent) parent++;
    if (sameTitle(g.title, p.title)) title++;
  }
  return { gold: gold.length, pred: pred.length, matched: g2p.size, level, parent, title };
}

const EMPHASIS = /\*\*|__/g;
/**
 * A Markdown link or picture, `[words](address)`, read as its words (one level of brackets inside
 * them, `[[流言板]…](…)`); the `)` may be past a 60-character cut or the colon of the address.
 */
const LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)]*\)?/g;
/** A title that ends inside a link's address: ANNOTATION.md's cut at the first `:` fell on `https:`. */
const CUT_IN_ADDRESS = /\]\([^)]*$/;
/** The length at which ANNOTATION.md cuts a title. */
const TITLE_CAP = 60;

/** An HTML tag (`</b>`, `<font color="red">`) inside a Markdown or page text: markup, not words. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g;
/** A named or numeric character reference (`&emsp;`, `&#12288;`): spacing a reader sees as blank. */
const ENTITY = /&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,5});/g;
/** A Pandoc or kramdown attribute list closing the line (`{align="center"}`, `{#sec1 .unnumbered}`). */
const ATTRIBUTES = /\{[#.:]?[^{}]*[=#.][^{}]*\}$/;
/** Blanks a gold may keep where the markup stood (`</b>&emsp;总则`: the title follows the marker as found). */
const EDGE_BLANKS = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * A title's words as a reader sees them: without emphasis marks, a link's address or brackets, HTML
 * tags and character references, or a closing attribute list.
 */
function asRead(title: string): string {
  return title.replace(EMPHASIS, '').replace(LINK, '$1').replace(TAG, '').replace(ENTITY, ' ').replace(EDGE_BLANKS, '').replace(ATTRIBUTES, '').replace(EDGE_BLANKS, '');
}

/**
 * Titles compare as a reader sees them (docs/testing.md): Markdown's emphasis marks and a link's
 * brackets and address are markup, not words. Golds keep them as found and the engine leaves them out
 * of the Outline, so each side is compared without them; where a title reached the 60-character cap
 * with its markup in, or was cut at the colon of a link's address (ANNOTATION.md ends a title at the
 * first `:`), it lost words to the cut, and only the words it kept must open the other side.
 */
export function sameTitle(gold: string, pred: string): boolean {
  if (gold === pred) return true;
  const g = asRead(gold);
  const p = asRead(pred);
  if (g === p) return true;
  const [short, shortRaw, long] = g.length < p.length ? [g, gold, p] : [p, pred, g];
  // (a cut inside a link's address also lost what followed the link: `[words](https` of
  // `[words](https://…)（英文）`)
  const cut = shortRaw.length >= TITLE_CAP || CUT_IN_ADDRESS.test(shortRaw);
  return cut && short !== shortRaw && long.startsWith(short);
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toFixed(3) : '  -  ';
}

/** Precision, recall and F1 of a score (0 when there is nothing to divide). */
export function headingPRF(s: Score): [number, number, number] {
  const p = s.pred ? s.matched / s.pred : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

export function row(name: string, s: Score): string {
  const [p, r, f] = headingPRF(s);
  const m = s.matched || NaN;
  return [
    name.padEnd(32),
    String(s.gold).padStart(5), String(s.pred).padStart(5), String(s.matched).padStart(5),
    fmt(p), fmt(r), fmt(f), fmt(s.level / m), fmt(s.parent / m), fmt(s.title / m),
  ].join('  ');
}

export function add(a: Score, b: Score): Score {
  return {
    gold: a.gold + b.gold, pred: a.pred + b.pred, matched: a.matched + b.matched,
    level: a.level + b.level, parent: a.parent + b.parent, title: a.title + b.title,
  };
}

export async function evalHeadings(docs: GoldDoc[]): Promise<void> {
  const header = ['document'.padEnd(32), ' gold', ' pred', 'match', 'prec ', 'rec  ', 'F1   ', 'level', 'parnt', 'title'].join('  ');
  const zero: Score = { gold: 0, pred: 0, matched: 0, level: 0, parent: 0, title: 0 };
  let total = zero;
  let totalBase = zero;
  const verbose = process.env.GANGMU_EVAL_VERBOSE === '1';
  console.log('Headings (engine)');
  console.log(header);
  for (const doc of docs) {
    const pred = engine(doc);
    const s = score(doc.headings, pred);
    total = add(total, s);
    totalBase = add(totalBase, score(doc.headings, baseline(doc.text)));
    console.log(row(doc.name, s));
    if (verbose) explain(doc, pred);
  }
  console.log(row('ALL', total));
  console.log('');
  console.log('Headings (baseline: line-start regex, fixed GB/T levels)');
  console.log(header);
  console.log(row('ALL', totalBase));
  console.log('');
}

/** With GANGMU_EVAL_VERBOSE=1: every miss, false alarm and wrong level/parent/title. */
function explain(doc: GoldDoc, pred: Pred[]): void {
  const gold = doc.headings;
  const key = (line: number, col: number): string => `${line}:${col}`;
  const pk = new Map<string, number>();
  pred.forEach((p, i) => pk.set(p.marker === '' ? `T${p.line}` : key(p.line, p.col), i));
  const gk = new Map<string, number>();
  gold.forEach((g, i) => gk.set(g.marker === '' ? `T${g.line}` : key(g.line, g.col), i));
  gold.forEach((g, gi) => {
    const pi = pk.get(g.marker === '' ? `T${g.line}` : key(g.line, g.col));
    if (pi === undefined) { console.log(`   MISS ${g.line}:${g.col} ${g.marker} ${g.title}`); return; }
    const p = pred[pi];
    const gp = g.parent === null ? 'null' : `${gold[g.parent].line}:${gold[g.parent].col}`;
    const pp = p.parent === null ? 'null' : `${pred[p.parent].line}:${pred[p.parent].col}`;
    if (g.level !== p.level || gp !== pp) console.log(`   NEST ${g.line}:${g.col} ${g.marker} gold L${g.level} ^${gp}  pred L${p.level} ^${pp}`);
    if (!sameTitle(g.title, p.title)) console.log(`   TITLE ${g.line}:${g.col} gold «${g.title}» pred «${p.title}»`);
    void gi;
  });
  pred.forEach((p) => {
    if (!gk.has(p.marker === '' ? `T${p.line}` : key(p.line, p.col))) console.log(`   EXTRA ${p.line}:${p.col} ${p.marker} ${p.title}`);
  });
}
