import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.title]);
}

// Invented page openings, in the shapes of the pages of study38 (open32).
const RULES = [
  '為進一步調動教職工的積極性，結合學校實際，制定本細則。',
  '一、考核範圍',
  '全體在編在崗教職工，按月發放的獎勵與學期獎勵一併納入本細則的考核範圍。',
  '二、考核辦法',
  '(一)日常考核:分考勤、考績兩項,獎金按月發放。',
  '1、考勤:全勤的按每月150元計發。',
  '(1)病假按規定扣發;(2)事假按天扣發。',
  '2、考績:按每月工作量計發。',
  '(1)按課時計算的工作量按學校規定折算。',
  '(2)兼任班主任的另計工作量。',
];

describe('open32: a page opening cut inside a short last list item', () => {
  it('takes back the lone (一) over 1、 2、 when the page stops inside (3) after its first clause', () => {
    const text = [...RULES, '(3)值日按月輪換實行登記;缺席一'].join('\n');
    const hs = heads(text).filter(([, m]) => m === '(一)' || m === '1、' || m === '2、');
    assert.deepEqual(hs.map(([l, m, v]) => [l, m, v]), [[4, '(一)', 2], [5, '1、', 3], [7, '2、', 3]]);
  });

  it('leaves the lone (一) out where the last item ends its sentence', () => {
    const text = [...RULES, '(3)值日按月輪換實行登記;缺席一次扣發十元。'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '(一)').length, 0);
  });

  it('leaves it out where the short last line is not the next item of the list above it', () => {
    const text = [...RULES, '', '(5)值日按月輪換實行登記;缺席一'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '(一)').length, 0);
  });
});
