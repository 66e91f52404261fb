import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// A scraper joined a page's paragraphs onto one line, each opened by its `　　` indent, and an
// agency's dateline (`新华社北京3月8日电`) stands as a piece of its own between two articles. The
// dateline is no title: the speech's numbered parts under it stay at the top. Invented text.
const P = '　　';
const LINE = [
  '学习园地小编带你读重要讲话。',
  '各地区各部门要把思想和行动统一到中央决策部署上来，扎实推进各项工作落地见效，确保取得实实在在的成效。',
  '新华社北京3月8日电',
  '大家好！今天来看望各位委员，同大家一起讨论交流，感到非常高兴。下面，我讲几点意见。',
  '一、坚持稳中求进的工作总基调',
  '稳是大局，进是方向，两者相互促进，要在稳的基础上积极进取，在进的过程中把握好度，不断巩固向好势头。',
  '二、推动政策措施落地落实',
  '各项政策措施要抓紧细化落实，打通堵点难点，让市场主体真正享受到政策红利，增强发展信心和活力。',
].join(P);

describe('a wire dateline as a piece of a joined page', () => {
  it('is no title, and the parts after it are not hung under it', () => {
    const o = parseOutline(LINE + '\n', { format: 'plain' });
    const got = o.headings.map((h) => `L${h.level} ${h.marker}${h.title}`);
    assert.ok(!got.some((h) => h.includes('新华社')), got.join(' | '));
    assert.deepEqual(got.filter((h) => /[一二]、/.test(h)), ['L1 一、坚持稳中求进的工作总基调', 'L1 二、推动政策措施落地落实']);
  });
});
