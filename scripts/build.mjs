// Bundles the extension and the CLI into dist/, and (with --tests) the tests, eval and bench
// into out/. One esbuild pass each: unified/remark are ESM-only, and bundling turns them into
// CommonJS that both VS Code's extension host and plain Node load.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, existsSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function walk(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

await esbuild.build({
  ...common,
  entryPoints: { extension: 'src/vscode/extension.ts', analysisWorker: 'src/vscode/analysisWorker.ts', workspaceWorker: 'src/vscode/workspaceWorker.ts', folderFiguresWorker: 'src/vscode/folderFiguresWorker.ts' },
  outdir: 'dist',
  external: ['vscode'],
});
// Converters of received files (issue 11), each its own bundle, loaded only when such a file is
// opened (src/convert/load.ts), by the extension's conversion worker and by the CLI.
await esbuild.build({
  ...common,
  entryPoints: {
    'convert-docx': 'src/convert/docx.ts',
    'convert-pdf': 'src/convert/pdf.ts',
    'convert-html': 'src/convert/html.ts',
    convertWorker: 'src/convert/worker.ts',
  },
  outdir: 'dist',
});
// The CLI: dist/cli-main.js is the command line itself; dist/cli.js (the `gangmu` bin) is a small
// loader that runs it with a V8 code cache (src/cliLoader.ts), named by the bundle's hash.
// dist/worker.js loads dist/worker-main.js (src/worker.ts) the same way, for the CLI's worker threads.
await esbuild.build({
  ...common,
  entryPoints: { 'cli-main': 'src/cli.ts', 'worker-main': 'src/worker.ts' },
  outdir: 'dist',
});
for (const [name, kind] of [['cli', ''], ['worker', 'worker']]) {
  const hash = createHash('sha1').update(readFileSync(`dist/${name}-main.js`)).digest('hex').slice(0, 16);
  await esbuild.build({
    ...common,
    entryPoints: { [name]: 'src/cliLoader.ts' },
    outdir: 'dist',
    banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : {},
    define: {
      GANGMU_BUNDLE_FILE: JSON.stringify(`${name}-main.js`),
      GANGMU_BUNDLE_HASH: JSON.stringify(hash),
      GANGMU_CACHE_KIND: JSON.stringify(kind),
    },
  });
}

// pdf.js's character maps for the Chinese fonts a PDF names without embedding them (STSong-Light
// with UniGB-UCS2-H…): src/convert/pdf.ts reads them from dist/pdf-cmaps (77 files, 0.8 MB).
const cmapSrc = 'node_modules/pdfjs-dist/cmaps';
if (existsSync(cmapSrc)) {
  mkdirSync('dist/pdf-cmaps', { recursive: true });
  for (const f of readdirSync(cmapSrc)) if (/GB|CNS|B5|ETen|HKscs|Identity/.test(f)) copyFileSync(join(cmapSrc, f), join('dist/pdf-cmaps', f));
}

if (withTests) {
  // Several engineers build tests at once in one tree; only an explicit --clean empties out/.
  if (args.has('--clean')) rmSync('out', { recursive: true, force: true });
  const entries = [
    ...walk('test', (p) => p.endsWith('.ts') && !p.endsWith('.d.ts')),
    ...walk('scripts', (p) => p.endsWith('.ts')),
  ];
  await esbuild.build({
    ...common,
    sourcemap: true,
    entryPoints: entries,
    outbase: '.',
    outdir: 'out',
    // mocha and playwright stay outside the bundle: they load their own files at run time.
    external: ['vscode', 'mocha', 'pdfkit', 'playwright-core', '@vscode/test-electron', '@microsoft/recognizers-text-suite', 'markdown-it', 'fast-check'],
  });
}
