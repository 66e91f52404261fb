/** Finds the shared reference corpus and loads its gold files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** `GANGMU_CORPUS`, else `../shared/corpus` beside the repository. */
export function corpusDir(): string {
  const candidates = [
    process.env.GANGMU_CORPUS,
    resolve(__dirname, '..', '..', '..', 'shared', 'corpus'),
    resolve(__dirname, '..', '..', 'shared', 'corpus'),
    resolve(process.cwd(), '..', 'shared', 'corpus'),
  ].filter((p): p is string => !!p);
  for (const c of candidates) if (existsSync(c)) return c;
  throw new Error(`corpus not found; tried ${candidates.join(', ')} (set GANGMU_CORPUS)`);
}

export function loadCorpus(dir = corpusDir()): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const base = name.slice(0, -'.gold.json'.length);
    const textName = readdirSync(dir).find((n) => n.startsWith(base + '.') && !n.endsWith('.json'));
    if (!textName) continue;
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    docs.push({
      name: base,
      path: join(dir, textName),
      text: readFileSync(join(dir, textName), 'utf8'),
      format: textName.endsWith('.md') ? 'markdown' : 'plain',
      headings: gold.headings,
      figures: gold.figures ?? null,
    });
  }
  return docs;
}
