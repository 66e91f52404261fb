/**
 * Punctuation after markers, after GB/T 9704-2012 (一、（一）1.（1）) and GB/T 15834-2011
 * (a 顿号 after 一, nothing after a bracket, a comma after 第一 / 其一 / 首先).
 * GM004 a mark after a bracket, GM005 一， for 一、, GM006 第一、 for 第一，, GM007 1、 for 1.
 * or 1。 (a hint only: many documents use 1、 throughout), GM008 different marks after 1. in one run.
 * `1。` (an ideographic full stop typed for the dot) is one more mark after 1: `1.` `2。` `3.` is
 * one run with an odd mark, never a gap.
 */
import type { Finding } from '../types';
import { finding, fix, markerRange } from './codes';
import { normalisePunctuation } from './fixes';
import { addRunFixes } from './runFixes';
import type { Analysis } from './sequences';
import { label } from './sequenceChecks';

const DUN_WRONG = new Set(['，', ',', '.', '．']);
const COMMA_WORD_WRONG = new Set(['、', '.', '．']);
const DOT_MARKS = ['.', '．', '、', '。'];

export function checkPunctuation(a: Analysis): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, Finding[]>();
  const add = (f: Finding, seqId: number) => {
    out.push(f);
    const k = `${f.code}:${seqId}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  };

  for (const seq of a.sequences) {
    if (seq.key === 'arabic-dot') {
      checkArabicDot(a, seq.members, (f) => add(f, seq.id));
      continue;
    }
    for (const p of seq.members) {
      const punct = p.punct?.text;
      if (!punct) continue;
      const name = label(a.text, p);
      if ((p.family === 'cn-paren' || p.family === 'arabic-paren') && p.close) {
        add(
          finding(
            'GM004',
            markerRange(p),
            { en: `Nothing follows the bracket of ${name}: remove “${punct}”.`, zh: `“${name}”括号后不加标点，应删去“${punct}”。` },
            [fix(`Remove “${punct}” after ${name}`, `删去“${name}”后的“${punct}”`, 'one', normalisePunctuation(p, ''))],
          ),
          seq.id,
        );
      } else if (p.family === 'cn-dun' && DUN_WRONG.has(punct)) {
        add(
          finding(
            'GM005',
            markerRange(p),
            { en: `${name} takes a 顿号: write ${name}、, not ${name}${punct}.`, zh: `“${name}”后应用顿号，写作“${name}、”，而非“${name}${punct}”。` },
            [fix(`Change to ${name}、`, `改为“${name}、”`, 'one', normalisePunctuation(p, '、'))],
          ),
          seq.id,
        );
      } else if (
        ((p.family === 'di' && !p.suffix) || p.family === 'qi' || p.family === 'shouxian') &&
        COMMA_WORD_WRONG.has(punct)
      ) {
        add(
          finding(
            'GM006',
            markerRange(p),
            { en: `${name} takes a comma: write ${name}，, not ${name}${punct}.`, zh: `“${name}”后应用逗号，写作“${name}，”，而非“${name}${punct}”。` },
            [fix(`Change to ${name}，`, `改为“${name}，”`, 'one', normalisePunctuation(p, '，'))],
          ),
          seq.id,
        );
      }
    }
  }
  addRunFixes(groups.values(), 'Fix the punctuation of this whole run', '修正本组全部序号的标点');
  return out;
}

function checkArabicDot(a: Analysis, members: Analysis['sequences'][number]['members'], add: (f: Finding) => void): void {
  const count = new Map<string, number>();
  for (const p of members) {
    const t = p.punct?.text;
    if (t && DOT_MARKS.includes(t)) count.set(t, (count.get(t) ?? 0) + 1);
  }
  if (count.size > 1) {
    // The run's own majority wins (the fewest edits); a tie goes to GB/T 9704's 1.
    let best = '.';
    for (const m of DOT_MARKS) if ((count.get(m) ?? 0) > (count.get(best) ?? 0)) best = m;
    for (const p of members) {
      const t = p.punct?.text;
      if (!t || !DOT_MARKS.includes(t) || t === best) continue;
      const name = label(a.text, p);
      add(
        finding(
          'GM008',
          markerRange(p),
          {
            en: `${name}${t} differs from the rest of its run, which writes ${name}${best}: use one mark throughout.`,
            zh: `“${name}${t}”与同组其他序号（用“${best}”）不一致。`,
          },
          [fix(`Change to ${name}${best}`, `改为“${name}${best}”`, 'one', normalisePunctuation(p, best))],
        ),
      );
    }
    return;
  }
  for (const p of members) {
    const t = p.punct?.text;
    if (t !== '、' && t !== '。') continue;
    const name = label(a.text, p);
    add(
      finding(
        'GM007',
        markerRange(p),
        { en: `GB/T 9704 writes ${name}. with a full stop, not ${name}${t}.`, zh: `按GB/T 9704，阿拉伯数字序号写作“${name}.”，而非“${name}${t}”。` },
        [fix(`Change to ${name}.`, `改为“${name}.”`, 'one', normalisePunctuation(p, '.'))],
      ),
    );
  }
}
