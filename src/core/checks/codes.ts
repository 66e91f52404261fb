/** The stable check codes, their default severities and a one-line name for docs and settings. */
import type { Finding, Localized, Severity, TextEdit, Fix } from '../types';
import type { MarkerParts } from './markerParts';

export interface CheckInfo {
  code: string;
  severity: Severity;
  name: Localized;
  /** Reported only when the severity table names the code (a style many documents follow). */
  optIn?: boolean;
}

export const CHECKS: readonly CheckInfo[] = [
  { code: 'GM001', severity: 'error', name: { en: 'Number out of sequence (gap)', zh: '序号不连续（跳号）' } },
  { code: 'GM002', severity: 'error', name: { en: 'Repeated number', zh: '序号重复' } },
  { code: 'GM003', severity: 'warning', name: { en: 'Run starts at the wrong number', zh: '序号起始错误' } },
  { code: 'GM004', severity: 'warning', name: { en: 'Punctuation after a bracketed marker', zh: '括号序号后多了标点' } },
  { code: 'GM005', severity: 'warning', name: { en: 'Wrong punctuation after 一', zh: '“一”后标点应为顿号' } },
  { code: 'GM006', severity: 'info', name: { en: 'Enumerating word takes a comma (第一，)', zh: '“第一”“其一”“首先”后应用逗号' } },
  { code: 'GM007', severity: 'hint', optIn: true, name: { en: '1、 or 1。 where GB/T 9704 writes 1.', zh: '阿拉伯数字序号后宜用下脚点' } },
  { code: 'GM008', severity: 'warning', name: { en: 'Mixed punctuation after 1. in one run', zh: '同一组序号后的标点不一致' } },
  { code: 'GM009', severity: 'warning', name: { en: 'Mixed bracket widths in one run', zh: '同一组序号括号全角半角混用' } },
  { code: 'GM010', severity: 'info', name: { en: 'Mixed series (首先…其次…第三)', zh: '序列词混用（首先……其次……第三）' } },
  { code: 'GM011', severity: 'info', name: { en: 'Skipped level', zh: '层级越级' } },
  { code: 'GM012', severity: 'info', name: { en: 'Heading ends with 。 unlike its siblings', zh: '标题末尾句号与同级不一致' } },
  { code: 'GM013', severity: 'info', name: { en: 'A part with a single child', zh: '只有一个下级层次' } },
];

export const OPT_IN: ReadonlySet<string> = new Set(CHECKS.filter((c) => c.optIn).map((c) => c.code));

export const DEFAULT_SEVERITY: Readonly<Record<string, Severity>> = Object.fromEntries(CHECKS.map((c) => [c.code, c.severity]));

export function finding(code: string, at: { start: number; end: number }, message: Localized, fixes: Fix[] = []): Finding {
  return { code, severity: DEFAULT_SEVERITY[code] ?? 'warning', start: at.start, end: at.end, message, fixes };
}

export function fix(en: string, zh: string, scope: Fix['scope'], edits: TextEdit[]): Fix {
  return { title: { en, zh }, scope, edits };
}

/** The whole marker as the finding's range. */
export function markerRange(p: MarkerParts): { start: number; end: number } {
  return { start: p.start, end: p.end };
}
