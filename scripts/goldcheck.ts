/**
 * `node out/scripts/goldcheck.js DIR...`: checks hand-made gold files (`NAME.gold.json` beside
 * `NAME.txt|md`) against `../shared/corpus/ANNOTATION.md` before a set is used to measure anything.
 * A wrong line or col scores a right answer as wrong, so every heading and figure must point at its
 * own text. Prints one line per problem and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = new Set(['money', 'percent', 'percentage-point', 'count', 'area', 'length', 'mass', 'volume', 'energy', 'duration', 'date', 'ratio', 'other']);
const ISO_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|---\d{2})?(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?$/;

interface Heading { line: number; col: number; marker: string; level: number; title: string; parent: number | null }
interface Figure { line: number; col: number; text: string; value: unknown; unit: string; kind: string }

function dateValueOk(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v === 'string') return v !== '' && ISO_DATE.test(v);
  return Array.isArray(v) && v.length === 2 && v.every((x) => x === null || (typeof x === 'string' && ISO_DATE.test(x)));
}

function numberValueOk(v: unknown): boolean {
  if (v === null || typeof v === 'number') return true;
  return Array.isArray(v) && v.length === 2 && v.every((x) => x === null || typeof x === 'number');
}

export function checkGold(text: string, gold: { headings?: unknown; figures?: unknown }): string[] {
  const out: string[] = [];
  if (text.includes('\r')) out.push('document has CR characters (store it LF-only)');
  const lines = text.split('\n');
  const at = (line: number, col: number): string | null =>
    Number.isInteger(line) && line >= 1 && line <= lines.length && Number.isInteger(col) && col >= 0 && col <= lines[line - 1].length
      ? lines[line - 1].slice(col)
      : null;
  if (!Array.isArray(gold.headings)) return [...out, 'headings is not an array'];
  const hs = gold.headings as Heading[];
  hs.forEach((h, i) => {
    const where = `heading ${i} (line ${h.line})`;
    const rest = at(h.line, h.col);
    if (rest === null) { out.push(`${where}: line/col out of range`); return; }
    if (typeof h.marker !== 'string' || typeof h.title !== 'string') { out.push(`${where}: marker and title must be strings`); return; }
    if (h.marker === '') {
      if (!rest.startsWith(h.title.slice(0, 12))) out.push(`${where}: title "${h.title.slice(0, 20)}" is not at col ${h.col} ("${rest.slice(0, 20)}")`);
    } else if (!rest.startsWith(h.marker)) {
      out.push(`${where}: marker "${h.marker}" is not at col ${h.col} ("${rest.slice(0, 12)}")`);
    } else if (h.title !== '' && !rest.slice(h.marker.length).replace(/^[\s，、,．.]*/u, '').startsWith(h.title.slice(0, 8).trimEnd())) {
      out.push(`${where}: title "${h.title.slice(0, 16)}" does not follow the marker ("${rest.slice(0, 24)}")`);
    }
    if ([...h.title].length > 60) out.push(`${where}: title longer than 60 characters`);
    if (i > 0 && (h.line < hs[i - 1].line || (h.line === hs[i - 1].line && h.col <= hs[i - 1].col))) out.push(`${where}: not in text order`);
    if (h.parent === null) {
      if (h.level !== 1) out.push(`${where}: parent null but level ${h.level}`);
    } else if (!Number.isInteger(h.parent) || h.parent < 0 || h.parent >= i) {
      out.push(`${where}: parent ${h.parent} is not an earlier heading`);
    } else if (h.level !== hs[h.parent].level + 1) {
      out.push(`${where}: level ${h.level} but parent's level is ${hs[h.parent].level}`);
    }
  });
  if (gold.figures === null || gold.figures === undefined) return out;
  if (!Array.isArray(gold.figures)) return [...out, 'figures is neither an array nor null'];
  const fs = gold.figures as Figure[];
  fs.forEach((f, i) => {
    const where = `figure ${i} (line ${f.line}, "${f.text}")`;
    const rest = at(f.line, f.col);
    if (rest === null) { out.push(`${where}: line/col out of range`); return; }
    if (typeof f.text !== 'string' || f.text === '' || !rest.startsWith(f.text)) out.push(`${where}: text is not at col ${f.col} ("${rest.slice(0, 12)}")`);
    if (!KINDS.has(f.kind)) out.push(`${where}: kind "${f.kind}" is not one of the allowed kinds`);
    if (typeof f.unit !== 'string') out.push(`${where}: unit must be a string`);
    if (f.kind === 'date') {
      if (!dateValueOk(f.value)) out.push(`${where}: a date's value must be ISO 8601 ("2019-03", "--04", "T11:08"), a pair of them, or null`);
      if (f.unit !== '') out.push(`${where}: a date's unit is ""`);
    } else if (!numberValueOk(f.value) && !(f.kind === 'ratio' && Array.isArray(f.value) && f.value.length >= 2 && f.value.every((x) => typeof x === 'number'))) {
      // (a ratio's value is the array of its parts, `[9.4, 66.8, 23.8]`: docs/figures-differences.md)
      out.push(`${where}: value must be a number, a [low, high] pair (a ratio: the array of its parts) or null`);
    }
    const prev = fs[i - 1];
    if (prev && (f.line < prev.line || (f.line === prev.line && f.col < prev.col + prev.text.length))) out.push(`${where}: overlaps or precedes the figure before it`);
  });
  return out;
}

if (require.main === module) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node out/scripts/goldcheck.js DIR... (folders of NAME.txt|md with NAME.gold.json)');
    process.exit(2);
  }
  let problems = 0;
  let docs = 0;
  for (const dir of dirs) {
    const names = readdirSync(dir);
    for (const g of names.filter((n) => n.endsWith('.gold.json')).sort()) {
      const base = g.slice(0, -'.gold.json'.length);
      const doc = names.find((n) => n.startsWith(base + '.') && !n.endsWith('.json'));
      const report = (msg: string): void => { problems++; console.log(`${join(dir, g)}: ${msg}`); };
      if (!doc) { report('no document beside it'); continue; }
      docs++;
      let gold: { headings?: unknown; figures?: unknown };
      try { gold = JSON.parse(readFileSync(join(dir, g), 'utf8')); } catch (e) { report(`not JSON: ${(e as Error).message}`); continue; }
      for (const p of checkGold(readFileSync(join(dir, doc), 'utf8'), gold)) report(p);
    }
  }
  console.log(`${docs} documents, ${problems} problems`);
  process.exit(problems > 0 ? 1 : 0);
}
