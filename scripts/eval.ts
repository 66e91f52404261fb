/** `npm run eval`: scores the engine against every gold file in the shared corpus. */
import { loadCorpus } from './corpus';
import { evalHeadings } from './eval-headings';
import { evalFigures } from './eval-figures';

async function main(): Promise<void> {
  const docs = loadCorpus();
  await evalHeadings(docs);
  await evalFigures(docs);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
