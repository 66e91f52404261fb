/**
 * `npm run eval`: scores the engine against every gold file of the reference corpus
 * (`../shared/corpus` or `GANGMU_CORPUS`), then against our own samples (`samples/` with their
 * gold in `test/samples/`). Without the corpus the first table is skipped in one line. The corpus
 * section ends with the indicators (scripts/eval-indicators.ts, gold in `test/indicators/`).
 */
import { corpusDir, loadCorpus, loadSamples, NO_CORPUS } from './corpus';
import { evalHeadings } from './eval-headings';
import { evalFigures } from './eval-figures';
import { evalIndicators } from './eval-indicators';

async function main(): Promise<void> {
  const dir = corpusDir();
  if (dir) {
    console.log(`== reference corpus (${dir})\n`);
    const docs = loadCorpus(dir);
    await evalHeadings(docs);
    await evalFigures(docs);
    evalIndicators(docs);
  } else {
    console.log(`== reference corpus: skipped, ${NO_CORPUS}\n`);
    evalIndicators(null);
  }
  console.log('== samples (our own): samples/ scored against test/samples/*.gold.json\n');
  const samples = loadSamples();
  await evalHeadings(samples);
  await evalFigures(samples);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
