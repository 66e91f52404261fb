/**
 * Runs the integration suite (test/integration) in desktop VS Code 1.96.4 through
 * @vscode/test-electron, on machines that can download VS Code (on Linux without a display, run it
 * under `xvfb-run -a`). `GANGMU_VSCODE_EXECUTABLE` uses an installed VS Code instead of downloading.
 * Offline it fails at once with one line: use `npm run test:integration` (code-server) there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';
import { corpusDir } from '../scripts/corpus';
import { makeWorkspace, repoRoot } from './codeServer';

const VERSION = '1.96.4';
const DOWNLOAD_TIMEOUT_MS = 60_000;

async function main(): Promise<number> {
  let executable = process.env.GANGMU_VSCODE_EXECUTABLE;
  if (!executable) {
    try {
      executable = await Promise.race([
        downloadAndUnzipVSCode({
          version: VERSION,
          cachePath: join(repoRoot, '.vscode-test'),
          reporter: new SilentReporter(),
          timeout: 20_000,
        }),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS).unref(),
        ),
      ]);
    } catch (e) {
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      console.error(
        `runElectron: cannot download VS Code ${VERSION} (${why}); this machine looks offline: run \`npm run test:integration\` (code-server) instead, or set GANGMU_VSCODE_EXECUTABLE.`,
      );
      return 1;
    }
  }
  const tmp = mkdtempSync(join(tmpdir(), 'gangmu-electron-'));
  const workspace = makeWorkspace(join(tmp, 'workspace'));
  try {
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions')],
      extensionTestsEnv: { GANGMU_TEST_WORKSPACE: workspace, GANGMU_CORPUS: corpusDir() ?? undefined },
    });
    return code;
  } catch (e) {
    console.error(`runElectron: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
