/** Finds the shared reference corpus and loads its gold files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface GoldHeading {
  line: number;
  col: number;
  marker: string;
  level: number;
  title: string;
  parent: number | null;
  note?: string;
}
export interface GoldFigure {
  line: number;
  col: number;
  text: string;
  value: number | [number | null, number | null] | string | null;
  unit: string;
  kind: string;
  note?: string;
}
export interface GoldDoc {
  name: string;
  path: string;
  text: string;
  format: 'plain' | 'markdown';
  headings: GoldHeading[];
  figures: GoldFigure[] | null;
}

/** The repository root: the nearest folder above this file (bundled or not) holding package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(__dirname, '..');
    dir = up;
  }
}

/** The one line a suite prints when it skips for want of the corpus. */
export const NO_CORPUS = 'the reference corpus is not here (no ../shared/corpus beside the repository, GANGMU_CORPUS unset)';

/**
 * `GANGMU_CORPUS`, else `../shared/corpus` beside the repository (or beside the working folder);
 * null when the corpus is simply not there (a bare clone). A `GANGMU_CORPUS` that names a missing
 * folder is a mistake, not an absence: it throws, so a misconfigured CI fails instead of skipping.
 */
export function corpusDir(): string | null {
  const named = process.env.GANGMU_CORPUS;
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`GANGMU_CORPUS=${named}: no such folder`);
  }
  for (const c of [resolve(repoRoot(), '..', 'shared', 'corpus'), resolve(process.cwd(), '..', 'shared', 'corpus')]) {
    if (existsSync(c)) return c;
  }
  return null;
}

/**
 * Every `NAME.gold.json` in `goldDir` with its document `NAME.<ext>` from `docsDir` (the same
 * folder for the reference corpus; `samples/` + `test/samples/` for our own samples). A gold file
 * without its document is an error: a renamed sample must not silently drop out of the scores.
 */
export function loadCorpus(docsDir: string, goldDir: string = docsDir): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const texts = readdirSync(docsDir).filter((n) => !n.endsWith('.json'));
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const base = name.slice(0, -'.gold.json'.length);
    const textName = texts.find((n) => n.startsWith(base + '.'));
    if (!textName) {
      if (goldDir === docsDir) continue;
      throw new Error(`${join(goldDir, name)}: no document ${base}.* in ${docsDir}`);
    }
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
    docs.push({
      name: base,
      path: join(docsDir, textName),
      text: readFileSync(join(docsDir, textName), 'utf8'),
      format: textName.endsWith('.md') ? 'markdown' : 'plain',
      headings: gold.headings,
      figures: gold.figures ?? null,
    });
  }
  return docs;
}

/** The reference corpus, or [] when it is not here (callers skip and say so with NO_CORPUS). */
export function loadReferenceCorpus(): GoldDoc[] {
  const dir = corpusDir();
  return dir ? loadCorpus(dir) : [];
}

/** Our own samples: documents in `samples/`, gold in `test/samples/`. Always in the repository. */
export function loadSamples(root = repoRoot()): GoldDoc[] {
  return loadCorpus(join(root, 'samples'), join(root, 'test', 'samples'));
}
