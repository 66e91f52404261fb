/**
 * `node out/scripts/probediff.js OLD.js NEW.js [outline|figures|both] DIR...`: runs two builds of the
 * core (each bundled alone: `npx esbuild src/core/index.ts --bundle --platform=node --format=cjs
 * --outfile=X.js`) over every `.txt`/`.md` below the folders and prints each text whose outline or
 * figures differ, with the differing rows. This is how a rule is read on documents nobody annotated:
 * every changed text is looked at by a person, and "0 changed" proves a refactor changed nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Outline, Figure } from '../src/core/types';

interface Core {
  parseOutline(text: string, opts?: { format?: 'plain' | 'markdown' }): Outline;
  extractFigures(text: string, outline?: Outline): Figure[];
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(txt|md)$/.test(name)) out.push(p);
  }
  return out;
}

function lineOf(o: Outline, offset: number): number {
  let lo = 0;
  let hi = o.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (o.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function rows(core: Core, text: string, format: 'plain' | 'markdown', what: string): string[] {
  const o = core.parseOutline(text, { format });
  const out: string[] = [];
  if (what !== 'figures') {
    for (const h of o.headings) {
      const parent = h.parent === null ? '-' : String(lineOf(o, o.headings[h.parent].start));
      out.push(`H ${lineOf(o, h.start)} L${h.level} p${parent} ${h.marker}${h.title}`);
    }
  }
  if (what !== 'outline') {
    for (const f of core.extractFigures(text, o)) {
      out.push(`F ${lineOf(o, f.start)}:${f.start - o.lineStarts[lineOf(o, f.start) - 1]} ${f.text} ${f.kind} ${JSON.stringify(f.value)}${f.unit}`);
    }
  }
  return out;
}

/** The rows of `a` that `b` does not hold, counting repeats, in `a`'s order. */
function minus(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const r of b) count.set(r, (count.get(r) ?? 0) + 1);
  const out: string[] = [];
  for (const r of a) {
    const n = count.get(r) ?? 0;
    if (n > 0) count.set(r, n - 1);
    else out.push(r);
  }
  return out;
}

/** Rows only in a and rows only in b, keeping order (a multiset difference is enough to read). */
function diff(a: string[], b: string[]): { gone: string[]; added: string[] } {
  return { gone: minus(a, b), added: minus(b, a) };
}

if (require.main === module) {
  const [oldPath, newPath, ...rest] = process.argv.slice(2);
  let what = 'outline';
  if (rest[0] === 'outline' || rest[0] === 'figures' || rest[0] === 'both') what = rest.shift()!;
  if (!oldPath || !newPath || rest.length === 0) {
    console.error('usage: node out/scripts/probediff.js OLD.js NEW.js [outline|figures|both] DIR...');
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const a = require(resolve(oldPath)) as Core;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const b = require(resolve(newPath)) as Core;
  const show = Number(process.env.PROBEDIFF_ROWS ?? 12);
  let n = 0;
  let changed = 0;
  for (const dir of rest) {
    for (const f of files(dir)) {
      n++;
      const text = readFileSync(f, 'utf8');
      const format = f.endsWith('.md') ? 'markdown' : 'plain';
      const d = diff(rows(a, text, format, what), rows(b, text, format, what));
      if (d.gone.length === 0 && d.added.length === 0) continue;
      changed++;
      console.log(`== ${f}  (-${d.gone.length} +${d.added.length})`);
      for (const r of d.gone.slice(0, show)) console.log(`  - ${r.slice(0, 110)}`);
      for (const r of d.added.slice(0, show)) console.log(`  + ${r.slice(0, 110)}`);
    }
  }
  console.log(`${n} texts, ${changed} changed`);
}
