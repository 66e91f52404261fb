// No `vscode` import: the unit tests load this file in plain Node.

/**
 * True for VS Code versions whose editors ignore language-specific `configurationDefaults` that
 * arrive after the editor was created: a regression of the ESM build (microsoft/vscode#227184,
 * before our 1.96 engine floor) up to the upstream fix (#240422 for #231224/#240410, merged
 * February 2025; checked present in 1.99.3's workbench, absent from 1.96.4's).
 */
export function ignoresLateLanguageDefaults(version: string): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  return Number(m[1]) === 1 && Number(m[2]) < 99;
}
