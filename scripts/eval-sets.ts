/**
 * `node out/scripts/eval-sets.js DIR...` (after `npm run build:tests`): scores the engine on sets of
 * documents kept outside the repository, each a folder of `NAME.txt|md` + `NAME.gold.json` made as
 * `../shared/corpus/ANNOTATION.md` says. One row per set for headings and for figures, then the sets
 * pooled (documents summed, not scores averaged). This is how documents the rules were never written
 * against are measured: keep such a set blind (never read its errors) and score it only by this line.
 * With GANGMU_EVAL_VERBOSE=1 every document's row is printed too.
 */
import { basename } from 'node:path';
import { loadCorpus } from './corpus';
import { add as addHeadings, engine, row as headingRow, score, type Score } from './eval-headings';
import { add as addFigures, figRow, HEADER, scoreFigures, toPreds, zero as zeroFigures, type FigScore } from './eval-figures';
import { extractFigures } from '../src/core/figures';
import { parseOutline } from '../src/core/outline';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node out/scripts/eval-sets.js DIR... (folders of NAME.txt|md with NAME.gold.json)');
  process.exit(2);
}
const verbose = process.env.GANGMU_EVAL_VERBOSE === '1';
const zeroHeadings = (): Score => ({ gold: 0, pred: 0, matched: 0, level: 0, parent: 0, title: 0 });
const hRows: string[] = [];
const fRows: string[] = [];
let hAll = zeroHeadings();
let fAll: FigScore = zeroFigures();
for (const dir of dirs) {
  let h = zeroHeadings();
  let f: FigScore = zeroFigures();
  for (const doc of loadCorpus(dir)) {
    const outline = parseOutline(doc.text, { format: doc.format });
    const hs = score(doc.headings, engine(doc));
    h = addHeadings(h, hs);
    if (verbose) hRows.push(headingRow(`  ${doc.name}`, hs));
    if (doc.figures) {
      const fs = scoreFigures(doc.figures, toPreds(doc.text, extractFigures(doc.text, outline))).score;
      f = addFigures(f, fs);
      if (verbose) fRows.push(figRow(`  ${doc.name}`, fs));
    }
  }
  hRows.push(headingRow(basename(dir), h));
  fRows.push(figRow(basename(dir), f));
  hAll = addHeadings(hAll, h);
  fAll = addFigures(fAll, f);
}
console.log('Headings (engine)');
console.log(['set'.padEnd(32), ' gold', ' pred', 'match', 'prec ', 'rec  ', 'F1   ', 'level', 'parnt', 'title'].join('  '));
for (const r of hRows) console.log(r);
if (dirs.length > 1) console.log(headingRow('POOLED', hAll));
console.log('\nFigures (engine)  — exact = same line, col and text; value/span/unit/kind over overlap matches');
console.log(HEADER.replace('document', 'set     '));
for (const r of fRows) console.log(r);
if (dirs.length > 1) console.log(figRow('POOLED', fAll));
