/**
 * Entry point the extension host calls with the extension under development (`extensionTestsPath`).
 * Serves both launchers: code-server (test/runCodeServer.ts) and @vscode/test-electron
 * (test/runElectron.ts). Loads every `out/test/integration/**\/*.test.js` into mocha (bdd).
 *
 * mocha is not bundled: it is required from the repository's node_modules at run time.
 * `GANGMU_TEST_GREP` limits the run to tests whose full title matches (a mocha grep pattern).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The runner parses this line to know how many tests ran. */
export const RESULT_MARKER = 'GANGMU_MOCHA_RESULT';

function findTests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof import('mocha');
  const grep = process.env.GANGMU_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.GANGMU_TEST_TIMEOUT_MS) || 60_000,
    ...(grep ? { grep } : {}),
  });
  // The extension host's stdout goes nowhere the runner can see; console.log is forwarded to the
  // workbench, so make the reporter write through it.
  const base = (Mocha as unknown as { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } }).reporters.Base;
  base.consoleLog = (...a: unknown[]) => console.log(...a);
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);

  const counts = await new Promise<{ tests: number; passes: number; failures: number; pending: number }>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? { tests: 0, passes: 0, failures, pending: 0 };
        resolve({ tests: s.tests, passes: s.passes, failures, pending: s.pending });
      });
    } catch (e) {
      reject(e);
    }
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify({ ...counts, files: files.length, grep: grep ?? null })}`);
  if (counts.failures > 0) throw new Error(`${counts.failures} of ${counts.tests} integration tests failed`);
  if (counts.passes === 0) {
    throw new Error(grep ? `no integration test matched GANGMU_TEST_GREP=${grep}` : `no integration tests ran (found ${files.length} files)`);
  }
}
