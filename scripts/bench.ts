/** `npm run bench`: speed and memory against references measured in the same run. */
import { benchOutline } from './bench-outline';
import { benchFigures } from './bench-figures';
import { benchCli } from './bench-cli';

async function main(): Promise<void> {
  await benchOutline();
  await benchFigures();
  await benchCli();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
