/**
 * House rules (issue 13, `gangmu.rules`): a reader's own numbering style (`专题一、`, `篇一`,
 * `第一板块`) as a pattern, with its rank among the families the engine knows. Lines of the body
 * that open with a match become headings; the parts of lower rank that follow them nest inside.
 *
 * A pattern is a reader's regular expression, so its cost is bounded three ways:
 * 1. it is refused when it could backtrack without bound: a repeated group that itself holds a
 *    repetition or an alternation (`(a+)+`, `(a|aa)*`), backreferences, more than four unbounded
 *    repetitions, more than 200 characters;
 * 2. it is only tried at the start of a line, on the line's first `RULE_WINDOW` characters, so one
 *    test reads at most 64 characters whatever the document;
 * 3. a document gets `RULE_BUDGET_MS` of rule matching; past that the rules stop for the rest of
 *    it, with a note.
 * Pure; never throws.
 */
import { relink } from './relink';
import { titleEndAt } from './titleEnd';
import type { Heading, Localized, MarkerFamily, Outline, ZoneName } from '../types';

export interface HouseRule {
  /** A JavaScript regular expression (Unicode mode) matching the marker at a line start. */
  pattern: string;
  /**
   * Rank: `top` (above every family), `above:FAMILY` or `below:FAMILY`, FAMILY one of the built-in
   * families (`cn-dun` for 一、, `cn-paren` for （一）, `arabic-dot` for 1. …). Default `top`.
   */
  rank?: string;
}

export const RULE_WINDOW = 64;
/** Time for rule matching per document: 50 ms, plus 10 ms per 1,000 lines (a plain pattern needs well under 1). */
export const RULE_BUDGET_MS = 50;
export const RULE_BUDGET_MS_PER_1000_LINES = 10;
/** Rule headings per document: each costs a pass over the headings when it is placed. */
export const RULE_HEADINGS_MAX = 1000;
const PATTERN_MAX = 200;
const UNBOUNDED_MAX = 4;

const FAMILIES: readonly MarkerFamily[] = ['title', 'md', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'di', 'shi', 'yao', 'qi', 'shouxian', 'stem'];

export interface CompiledRule {
  regex: RegExp;
  rank: { kind: 'top' } | { kind: 'above' | 'below'; family: MarkerFamily };
  index: number;
}

export type RuleCheck = { ok: true; rule: CompiledRule } | { ok: false; message: Localized };

function refuse(pattern: string, en: string, zh: string): RuleCheck {
  const p = pattern.length > 40 ? pattern.slice(0, 40) + '…' : pattern;
  return { ok: false, message: { en: `Gangmu house rule “${p}” ignored: ${en}.`, zh: `纲目自定义规则“${p}”已忽略：${zh}。` } };
}

/**
 * Why a pattern could backtrack without bound, or null. Reads the pattern once: a stack of open
 * groups, each noting whether it holds a repetition or an alternation.
 */
export function riskyPattern(pattern: string): string | null {
  const stack: { rep: boolean; alt: boolean }[] = [{ rep: false, alt: false }];
  let unbounded = 0;
  let lastGroup: { rep: boolean; alt: boolean } | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let closed: { rep: boolean; alt: boolean } | null = null;
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n !== undefined && (/[1-9]/.test(n) || n === 'k')) return 'backreference';
      i++;
    } else if (c === '[') {
      // A class: up to the closing bracket (escapes inside skipped).
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\') i++;
        i++;
      }
    } else if (c === '(') {
      stack.push({ rep: false, alt: false });
    } else if (c === ')') {
      if (stack.length > 1) closed = stack.pop()!;
    } else if (c === '|') {
      stack[stack.length - 1].alt = true;
    }
    // A quantifier after this atom?
    const q = pattern[i + 1];
    let repeats = false;
    let open = false;
    if (q === '*' || q === '+') {
      repeats = true;
      open = true;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i + 1, i + 20));
      if (m) {
        const hi = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        repeats = hi > 1;
        open = hi === Infinity;
      }
    }
    if (open) unbounded++;
    if (closed) {
      if (repeats && (closed.rep || closed.alt)) return 'a repeated group that itself repeats or alternates';
      const top = stack[stack.length - 1];
      top.rep ||= closed.rep || repeats;
      lastGroup = closed;
    } else if (repeats && c !== '(' && c !== '|') {
      stack[stack.length - 1].rep = true;
    }
  }
  void lastGroup;
  if (unbounded > UNBOUNDED_MAX) return `more than ${UNBOUNDED_MAX} unbounded repetitions`;
  return null;
}

/** Checks and compiles one rule; a refusal says why, in one sentence. */
export function compileRule(rule: unknown, index: number): RuleCheck {
  const r = rule as HouseRule;
  if (!r || typeof r !== 'object' || typeof r.pattern !== 'string' || !r.pattern) {
    return refuse(String((r as HouseRule | undefined)?.pattern ?? ''), 'it needs a "pattern"', '缺少 "pattern"');
  }
  const pattern = r.pattern;
  if (pattern.length > PATTERN_MAX) return refuse(pattern, `the pattern is longer than ${PATTERN_MAX} characters`, `模式超过 ${PATTERN_MAX} 个字符`);
  const risk = riskyPattern(pattern);
  if (risk) return refuse(pattern, `the pattern could take very long to match (${risk})`, `模式可能匹配极慢（${risk}）`);
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${pattern})`, 'u');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refuse(pattern, `not a valid regular expression (${why})`, `不是有效的正则表达式（${why}）`);
  }
  if (regex.test('')) return refuse(pattern, 'the pattern matches an empty marker', '模式可匹配空标记');
  const rankText = (r.rank ?? 'top').trim();
  let rank: CompiledRule['rank'];
  if (rankText === 'top') rank = { kind: 'top' };
  else {
    const m = /^(above|below):(.+)$/.exec(rankText);
    const family = m?.[2] as MarkerFamily | undefined;
    if (!m || !family || !FAMILIES.includes(family)) {
      return refuse(pattern, `rank “${rankText}” must be top, above:FAMILY or below:FAMILY (${FAMILIES.join(', ')})`, `rank“${rankText}”应为 top、above:家族 或 below:家族（${FAMILIES.join('、')}）`);
    }
    rank = { kind: m[1] as 'above' | 'below', family };
  }
  return { ok: true, rule: { regex, rank, index } };
}

/** Zones whose lines never open parts (a table of contents lists headings; it does not have them). */
const NO_HEADINGS: ReadonlySet<ZoneName> = new Set(['furniture', 'metadata', 'toc', 'table', 'notes', 'attachment-list']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff;
}

export interface RulesResult {
  outline: Outline;
  /** Said once when the rules ran out of time on this document. */
  notes: Localized[];
}

/**
 * Adds the headings the rules find. A rule heading's level comes from its rank: `top` → 1;
 * `above:F` → the level of the first F heading after it (before the next rule heading), or else
 * the heading after it; `below:F` → one below the nearest F heading before it. The headings after
 * it at that level or deeper, up to the next heading of this rule or the end of the part it sits
 * in, nest inside it.
 */
export function applyRules(text: string, outline: Outline, rules: readonly CompiledRule[], budget?: number, now: () => number = () => performance.now()): RulesResult {
  if (!rules.length) return { outline, notes: [] };
  try {
    const ls = outline.lineStarts;
    const budgetMs = budget ?? Math.round(RULE_BUDGET_MS + (ls.length / 1000) * RULE_BUDGET_MS_PER_1000_LINES);
    const zoneOf = new Array<ZoneName | undefined>(ls.length);
    for (const z of outline.zones ?? []) for (let l = z.firstLine; l <= z.lastLine && l < ls.length; l++) zoneOf[l] = z.zone;
    const starts = new Set(outline.headings.map((h) => h.start));
    const found: { line: number; start: number; length: number; rule: CompiledRule }[] = [];
    const notes: Localized[] = [];
    const t0 = now();
    outer: for (let line = 0; line < ls.length; line++) {
      if ((line & 7) === 7 && now() - t0 > budgetMs) {
        notes.push({
          en: `Gangmu house rules stopped after ${budgetMs} ms on this document (at line ${line + 1}); simplify the patterns.`,
          zh: `纲目自定义规则在此文档上超过 ${budgetMs} 毫秒，已在第 ${line + 1} 行停止；请简化模式。`,
        });
        break;
      }
      const z = zoneOf[line];
      if (z && NO_HEADINGS.has(z)) continue;
      let from = ls[line];
      let end = line + 1 < ls.length ? ls[line + 1] : text.length;
      while (end > from && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
      while (from < end && isSpace(text.charCodeAt(from))) from++;
      if (from >= end || starts.has(from)) continue;
      const window = text.slice(from, Math.min(end, from + RULE_WINDOW));
      for (const rule of rules) {
        const m = rule.regex.exec(window);
          if (m && m[0].length > 0) {
          if (found.length >= RULE_HEADINGS_MAX) {
            notes.push({
              en: `Gangmu house rules found more than ${RULE_HEADINGS_MAX} headings in this document; the rest are ignored.`,
              zh: `纲目自定义规则在此文档中找到超过 ${RULE_HEADINGS_MAX} 个标题，其余的已忽略。`,
            });
            break outer;
          }
          found.push({ line, start: from, length: m[0].length, rule });
          continue outer;
        }
      }
    }
    if (!found.length) return { outline, notes };
    return { outline: insertRuleHeadings(text, outline, found), notes };
  } catch {
    return { outline, notes: [] };
  }
}

function insertRuleHeadings(text: string, outline: Outline, found: { line: number; start: number; length: number; rule: CompiledRule }[]): Outline {
  const ls = outline.lineStarts;
  type Item = { h: Heading; level: number; rule: number; rank?: CompiledRule['rank'] };
  const items: Item[] = outline.headings.map((h) => ({ h: { ...h }, level: h.level, rule: -1 }));
  let nextRun = 0;
  for (const h of outline.headings) if (h.run >= nextRun) nextRun = h.run + 1;
  const runOfRule = new Map<number, number>();
  const ordinals = new Map<number, number>();
  // First every rule heading in its place (both lists are in start order: one merge), then their levels in order.
  const merged: Item[] = [];
  let next = 0;
  for (const f of found) {
    while (next < items.length && items[next].h.start < f.start) merged.push(items[next++]);
    const lineEnd = f.line + 1 < ls.length ? ls[f.line + 1] : text.length;
    let contentEnd = lineEnd;
    while (contentEnd > f.start && (text[contentEnd - 1] === '\n' || text[contentEnd - 1] === '\r' || isSpace(text.charCodeAt(contentEnd - 1)))) contentEnd--;
    let titleStart = f.start + f.length;
    while (titleStart < contentEnd && isSpace(text.charCodeAt(titleStart))) titleStart++;
    const te = titleEndAt(text, titleStart, contentEnd, isSpace);
    if (!runOfRule.has(f.rule.index)) runOfRule.set(f.rule.index, nextRun++);
    const ordinal = (ordinals.get(f.rule.index) ?? 0) + 1;
    ordinals.set(f.rule.index, ordinal);
    merged.push({
      h: {
        marker: text.slice(f.start, f.start + f.length),
        family: 'title',
        ordinal,
        title: text.slice(titleStart, te),
        level: 1,
        parent: null,
        start: f.start,
        titleStart,
        titleEnd: te,
        end: text.length,
        inline: false,
        run: runOfRule.get(f.rule.index)!,
      },
      level: 1,
      rule: f.rule.index,
      rank: f.rule.rank,
    });
  }
  while (next < items.length) merged.push(items[next++]);
  for (let at = 0; at < merged.length; at++) {
    const it = merged[at];
    if (!it.rank) continue;
    let level = 1;
    const rank = it.rank;
    if (rank.kind === 'above') {
      let k = at + 1;
      while (k < merged.length && merged[k].rule !== it.rule && merged[k].h.family !== rank.family) k++;
      const ref = k < merged.length && merged[k].rule !== it.rule ? merged[k] : merged[at + 1];
      level = ref && ref.rule !== it.rule ? ref.level : 1;
    } else if (rank.kind === 'below') {
      let k = at - 1;
      while (k >= 0 && merged[k].h.family !== rank.family) k--;
      level = k >= 0 ? merged[k].level + 1 : 1;
    }
    const cap = at > 0 ? merged[at - 1].level + 1 : 1;
    it.level = level = Math.max(1, Math.min(level, cap));
    // What follows at this level or deeper nests inside, up to the next heading of this rule or the end of the enclosing part.
    for (let k = at + 1; k < merged.length; k++) {
      if (merged[k].rule === it.rule || merged[k].level < level) break;
      merged[k].level++;
    }
  }
  items.length = 0;
  for (const it of merged) items.push(it);
  // Parents, levels and part ends as the engine leaves them.
  const headings = items.map((it) => it.h);
  const levels = relink(text, headings, (k) => items[k].level, true);
  for (let k = 0; k < items.length; k++) items[k].level = levels[k];
  return { ...outline, headings };
}
