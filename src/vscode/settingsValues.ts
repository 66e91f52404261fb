/**
 * The `gangmu.*` settings as the extension uses them, each value checked against its type. VS Code
 * hands back what settings.json holds even when it breaks the schema (it only underlines it there):
 * `"gangmu.languages": "markdown"` made every provider's `languages.map` throw, so activation
 * failed, and `"gangmu.checks.severity": null` stopped the checks. A value of the wrong type counts
 * as unset (the default); in a list, the entries of the wrong type are passed over. No `vscode`
 * import, so the unit tests read it.
 */
import type { MarkerFamily, Severity } from '../core';
import type { HouseRule } from '../core/outline/rules';
import { DEFAULT_MAX_SYMBOLS } from '../core/outline/symbolBudget';

export interface GangmuSettings {
  languages: string[];
  families: MarkerFamily[];
  highlightEnabled: boolean;
  highlightMaxLevel: number;
  figuresHover: boolean;
  checksEnabled: boolean;
  checkSeverity: Record<string, Severity | 'off'>;
  /** House rules as written in the settings (checked by `validRules`). */
  rules: HouseRule[];
  /** Symbols the Outline view gets at most (0: no limit); deeper levels are left out whole. */
  outlineMaxSymbols: number;
}

export const DEFAULT_LANGUAGES: readonly string[] = ['speech', 'plaintext', 'markdown'];
export const DEFAULT_FAMILIES: readonly MarkerFamily[] = [
  'title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian', 'stem',
];
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** A value as settings.json holds it (undefined: not set anywhere). */
export type RawSetting = (key: string) => unknown;

function strings(v: unknown, fallback: readonly string[]): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [...fallback];
}

function flag(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

function count(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function severityTable(v: unknown): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [code, s] of Object.entries(v)) if (typeof s === 'string' && SEVERITIES.has(s)) out[code] = s as Severity | 'off';
  return out;
}

export function settingsFrom(raw: RawSetting): GangmuSettings {
  const rules = raw('rules');
  return {
    languages: strings(raw('languages'), DEFAULT_LANGUAGES),
    families: strings(raw('families'), DEFAULT_FAMILIES) as MarkerFamily[],
    highlightEnabled: flag(raw('highlight.enabled'), true),
    highlightMaxLevel: count(raw('highlight.maxLevel'), 4),
    figuresHover: flag(raw('figures.hover'), true),
    checksEnabled: flag(raw('checks.enabled'), true),
    checkSeverity: severityTable(raw('checks.severity')),
    // Each rule is checked (and a refused one named) by houseRules; only the list is checked here.
    rules: Array.isArray(rules) ? (rules as HouseRule[]) : [],
    outlineMaxSymbols: count(raw('outline.maxSymbols'), DEFAULT_MAX_SYMBOLS),
  };
}

export interface WorkspaceIndexSettings {
  enabled: boolean;
  maxFileSizeMB: number;
  maxFiles: number;
}

/** `gangmu.workspaceSymbols.*` (keys below that section). */
export function indexSettingsFrom(raw: RawSetting): WorkspaceIndexSettings {
  return {
    enabled: flag(raw('enabled'), true),
    maxFileSizeMB: Math.max(0, count(raw('maxFileSizeMB'), 5)),
    maxFiles: Math.max(0, count(raw('maxFiles'), 5000)),
  };
}

/**
 * The settings a document's outline is parsed with (they feed `OutlineOptions`, and so the cache
 * key of DocumentModels). Every other `gangmu.*` setting (languages, highlight, outline size,
 * figures hover, checks, the workspace index) changes only what a provider does with an analysis.
 */
export const PARSE_SETTINGS: readonly string[] = ['gangmu.families', 'gangmu.rules'];

/**
 * Whether a settings change drops the cached analyses: only when it touches a setting the parse
 * reads. (An analysis made with other options would not be reused anyway, its key differing; the
 * drop frees them at once.) `affects` is the event's `affectsConfiguration`.
 */
export function settingsChangeClearsAnalyses(affects: (section: string) => boolean): boolean {
  return PARSE_SETTINGS.some((s) => affects(s));
}

/**
 * Whether a settings change makes the numbering checks run again (src/vscode/checks.ts): the parse
 * settings, the checks' own (`gangmu.checks.*`) and which languages are read. The highlight, the
 * Outline view's size, the figures hover and the workspace index leave the diagnostics as they are.
 */
export function settingsChangeRedoesChecks(affects: (section: string) => boolean): boolean {
  return settingsChangeClearsAnalyses(affects) || affects('gangmu.checks') || affects('gangmu.languages');
}
