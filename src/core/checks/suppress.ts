/**
 * Inline switches, written anywhere on a line of the document (in Markdown inside an HTML
 * comment, which does not render):
 *   gangmu-disable-next-line [GM001 GM002…]  silences the next non-blank line (all codes, or those)
 *   gangmu-disable [GM001…]                  silences the whole document (all codes, or those)
 */
import type { Finding } from '../types';
import { positionAt } from '../text/lines';

const DIRECTIVE = 'gangmu-disable';

interface Rule {
  /** Line index silenced, or -1 for the whole document. */
  line: number;
  /** Codes silenced; empty for all. */
  codes: Set<string>;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

export function parseSuppressions(text: string, lineStarts: readonly number[]): Rule[] {
  const rules: Rule[] = [];
  let at = text.indexOf(DIRECTIVE);
  while (at >= 0) {
    const after = at + DIRECTIVE.length;
    const end = lineEnd(text, after);
    const nextLine = text.startsWith('-next-line', after);
    const tailStart = nextLine ? after + '-next-line'.length : after;
    const ch = text.charAt(tailStart);
    // `gangmu-disable` followed by a letter or another dash is some other word.
    if (!ch || !/[\w-]/.test(ch)) {
      const codes = new Set(text.slice(tailStart, Math.min(end, tailStart + 400)).match(/GM\d{3}/g) ?? []);
      if (nextLine) {
        let line = positionAt(lineStarts, at).line + 1;
        while (line < lineStarts.length && isBlank(text, lineStarts[line])) line++;
        rules.push({ line, codes });
      } else rules.push({ line: -1, codes });
    }
    at = text.indexOf(DIRECTIVE, Math.max(end, after));
  }
  return rules;
}

function isBlank(text: string, start: number): boolean {
  const end = lineEnd(text, start);
  return /^[\s\u3000\u00a0\u200b]*$/.test(text.slice(start, Math.min(end, start + 200))) && end - start <= 200;
}

export function applySuppressions(findings: Finding[], text: string, lineStarts: readonly number[]): Finding[] {
  if (!text.includes(DIRECTIVE)) return findings;
  const rules = parseSuppressions(text, lineStarts);
  if (!rules.length) return findings;
  const whole = rules.filter((r) => r.line < 0);
  const byLine = new Map<number, Rule[]>();
  for (const r of rules) if (r.line >= 0) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  const hit = (r: Rule, code: string) => r.codes.size === 0 || r.codes.has(code);
  return findings.filter((f) => {
    if (whole.some((r) => hit(r, f.code))) return false;
    const rs = byLine.get(positionAt(lineStarts, f.start).line);
    return !(rs && rs.some((r) => hit(r, f.code)));
  });
}
