/**
 * Suites that read the reference corpus (`../shared/corpus` beside the repository, or
 * `GANGMU_CORPUS`) are declared with `describeCorpus`. With the corpus they are ordinary suites;
 * without it (a bare clone) they are registered as skipped, and the run prints ONE line before the
 * first test naming how many suites were skipped, which, and why. Everything else runs.
 *
 * Each test file is bundled on its own, so this module may be loaded several times in one mocha
 * run: the list of skipped suites lives on `globalThis` so that the line is printed once.
 */
import { corpusDir, loadCorpus, NO_CORPUS, type GoldDoc } from '../scripts/corpus';

interface GateState {
  skipped: string[];
  hooked: boolean;
}

const KEY = '__gangmuCorpusGate';

function state(): GateState {
  const g = globalThis as unknown as Record<string, GateState | undefined>;
  return (g[KEY] ??= { skipped: [], hooked: false });
}

const dir = corpusDir();

/** True when the reference corpus is here. */
export const hasCorpus = dir !== null;

/** The reference corpus documents with their gold, or [] without the corpus. */
export function referenceCorpus(): GoldDoc[] {
  return dir ? loadCorpus(dir) : [];
}

/** The line printed once per run when suites were skipped. */
export function skipLine(titles: readonly string[]): string {
  const n = titles.length;
  return `corpus: skipped ${n} suite${n === 1 ? '' : 's'} that need the reference corpus, because ${NO_CORPUS}: ${titles.map((t) => `"${t}"`).join(', ')}`;
}

/** `describe` for a suite that reads the reference corpus: skipped, and counted, without it. */
export function describeCorpus(title: string, fn: (this: Mocha.Suite) => void): void {
  if (hasCorpus) {
    describe(title, fn);
    return;
  }
  const s = state();
  s.skipped.push(title);
  // A skipped suite's body still runs to register its tests, so it must not need the corpus to
  // be declared: register it empty.
  describe.skip(title, () => undefined);
  if (!s.hooked) {
    s.hooked = true;
    // Root-level hook: runs once, after every file has registered its suites.
    before(() => {
      console.log(skipLine(state().skipped));
    });
  }
}

/** e2e (Node-side mocha): where test/runCodeServer.ts puts its runner, and where test/e2e/harness.ts records skips. */
export const E2E_RUNNER_KEY = '__gangmuE2eRunner';
export const E2E_SKIPS_KEY = '__gangmuE2eCorpusSkips';

/** One entry per skipped e2e suite or test: what, and how many tests it held. */
export interface CorpusSkip {
  title: string;
  tests: number;
}
