/**
 * `npm run bench:workspace`: the workspace heading index (issue 12) on a folder of 1,000 documents
 * (≈30M characters) built at run time in a temp folder from the reference corpus and the samples:
 * each document is a compilation of several of them, in rotation, until it holds ~30,000
 * characters. Indexes the folder the way the extension does (dist/workspaceWorker.js reads and
 * parses 4 files per request; this thread only puts the headings in the index) and reports:
 * documents and characters per second, the time to the first Go to Symbol answer with hits, the
 * longest time this thread spent on one answer (the extension host's share), query times on the
 * full index, and the index's memory. Environment: GANGMU_BENCH_DOCS (default 1000),
 * GANGMU_BENCH_CHARS (per document, default 30000), GANGMU_KEEP_TMP=1 keeps the folder;
 * GANGMU_BENCH_DIRS=a:b indexes the .txt/.md/.speech files of those folders as they are instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { HeadingIndex, HeadingSearch } from '../src/core/workspace';
import type { IndexFile, IndexRequest, IndexResponse } from '../src/vscode/workspaceRead';
import { corpusDir, repoRoot } from './corpus';

const DOCS = Number(process.env.GANGMU_BENCH_DOCS) || 1000;
const CHARS = Number(process.env.GANGMU_BENCH_CHARS) || 30_000;
const BATCH = 4;

function sources(): { text: string; md: boolean }[] {
  const dirs = [corpusDir(), join(repoRoot(), 'samples'), join(repoRoot(), 'test', 'samples')].filter((d): d is string => !!d);
  const out: { text: string; md: boolean }[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(txt|md|speech)$/.test(name) || /^(README|ANNOTATION)\.md$/.test(name)) continue;
      out.push({ text: readFileSync(join(dir, name), 'utf8'), md: name.endsWith('.md') });
    }
  }
  return out;
}

/** Writes the folder; returns its path, file names and total characters. */
export function makeFolder(docs = DOCS, chars = CHARS): { dir: string; files: string[]; chars: number } {
  const src = sources();
  if (!src.length) throw new Error('no corpus or samples to build documents from');
  const dir = mkdtempSync(join(process.env.GANGMU_TMP || tmpdir(), 'gangmu-ws-bench-'));
  const files: string[] = [];
  let total = 0;
  let next = 0;
  for (let i = 0; i < docs; i++) {
    const parts: string[] = [];
    let size = 0;
    const md = src[next % src.length].md;
    while (size < chars) {
      const s = src[next++ % src.length];
      parts.push(s.text);
      size += s.text.length;
    }
    const name = `doc-${String(i).padStart(4, '0')}.${md ? 'md' : 'txt'}`;
    const text = parts.join('\n\n');
    writeFileSync(join(dir, name), text);
    files.push(name);
    total += text.length;
  }
  return { dir, files, chars: total };
}

/** Documents of existing folders (not recursive), as absolute paths. */
function existingFolders(dirs: string[]): { dir: string; files: string[]; chars: number } {
  const files: string[] = [];
  let chars = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|md|speech)$/.test(name)) continue;
      files.push(join(dir, name));
      chars += readFileSync(join(dir, name), 'utf8').length;
    }
  }
  return { dir: '', files, chars };
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

export async function benchWorkspace(): Promise<void> {
  const t0 = performance.now();
  const given = process.env.GANGMU_BENCH_DIRS?.split(':').filter(Boolean);
  const folder = given ? existingFolders(given) : makeFolder();
  const tWrite = performance.now() - t0;
  console.log(`workspace index: ${folder.files.length} documents, ${(folder.chars / 1e6).toFixed(1)}M characters in ${given ? given.join(', ') : folder.dir}${given ? '' : ` (written in ${(tWrite / 1000).toFixed(1)} s)`}`);
  const worker = new Worker(join(repoRoot(), 'dist', 'workspaceWorker.js'));
  const waiting = new Map<number, (r: IndexResponse) => void>();
  worker.on('message', (m: IndexResponse) => {
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  let id = 0;
  const ask = (files: IndexFile[]) =>
    new Promise<IndexResponse>((resolve) => {
      const req: IndexRequest = { id: ++id, files, options: {}, maxBytes: 5 * 1048576 };
      waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  const heapBefore = heapMB();
  const index = new HeadingIndex();
  const query = '发展';
  let firstAnswer = -1;
  let longestApply = 0;
  let workerMs = 0;
  // This thread's event-loop lag while the worker parses (a 10 ms timer's late firings).
  let maxLag = 0;
  let tick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - tick - 10);
    tick = now;
  }, 10);
  const start = performance.now();
  for (let i = 0; i < folder.files.length; i += BATCH) {
    const files = folder.files.slice(i, i + BATCH).map((name) => {
      const path = given ? name : join(folder.dir, name);
      return { key: `file://${path}`, fsPath: path, format: name.endsWith('.md') ? ('markdown' as const) : ('plain' as const) };
    });
    const reply = await ask(files);
    workerMs += reply.ms;
    const a = performance.now();
    for (const r of reply.results) if (r.headings) index.set(r.key, r.headings);
    longestApply = Math.max(longestApply, performance.now() - a);
    if (firstAnswer < 0 && index.search(query, { limit: 500 }).length) firstAnswer = performance.now() - start;
  }
  const buildMs = performance.now() - start;
  clearInterval(timer);
  await worker.terminate();
  const heapAfter = heapMB();
  const queries = ['科技', '（三）', '(三)', '乡村振兴', '高质量发展', 'gdp', '坚持', '一、'];
  const times: number[] = [];
  let hits = 0;
  let longestSlice = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const a = performance.now();
      // As the provider does: 16 documents per slice, the best 500 at the end.
      const search = new HeadingSearch(index, q, 500);
      for (;;) {
        const b = performance.now();
        const done = search.step(16);
        longestSlice = Math.max(longestSlice, performance.now() - b);
        if (done) break;
      }
      const c = performance.now();
      hits += search.result().length;
      longestSlice = Math.max(longestSlice, performance.now() - c);
      times.push(performance.now() - a);
    }
  }
  times.sort((x, y) => x - y);
  const docsPerS = folder.files.length / (buildMs / 1000);
  console.log(`  indexed ${index.size} documents, ${index.headings} headings in ${(buildMs / 1000).toFixed(1)} s: ${docsPerS.toFixed(0)} documents/s, ${(folder.chars / 1e6 / (buildMs / 1000)).toFixed(2)}M characters/s (worker busy ${(workerMs / 1000).toFixed(1)} s)`);
  console.log(`  first Go to Symbol answer with hits ("${query}") after ${firstAnswer.toFixed(0)} ms; longest main-thread step per answer from the worker ${longestApply.toFixed(1)} ms; this thread's longest event-loop lag while indexing ${maxLag.toFixed(0)} ms`);
  console.log(`  query on the full index: median ${times[times.length >> 1].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (${queries.length} queries × 5, ${hits} hits, 500 at most each); longest slice of 16 documents or of ranking ${longestSlice.toFixed(1)} ms`);
  console.log(`  index memory: ${(heapAfter - heapBefore).toFixed(1)} MB of heap (${((1024 * (heapAfter - heapBefore)) / Math.max(1, index.headings)).toFixed(2)} KB per heading)`);
  if (!given && !process.env.GANGMU_KEEP_TMP) rmSync(folder.dir, { recursive: true, force: true });
}

if (require.main === module) {
  benchWorkspace().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
