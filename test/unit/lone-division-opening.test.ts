import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented plan openings (our own wording), kept up to the end of their first division: the text
// ends on a finished sentence, so nothing shows it was cut but the division dividing itself.
function outline(lines: string[]): string[] {
  const o = parseOutline(lines.join('\n') + '\n', { format: 'plain' });
  return o.headings.map((h) => `${h.level}:${h.marker}${h.title.slice(0, 4)}${h.parent === null ? '' : '^' + h.parent}`);
}

const TITLE = '某某区园林绿化发展规划';
const PROSE = '全区坚持生态优先，统筹推进公园建设和绿道贯通，城市绿化覆盖率稳步提高，群众获得感持续增强。';

describe('a lone first division over a run of its own parts (cutExcerptHeads, uncut text)', () => {
  it('takes `第一部分` over `一、` `二、` as the part above them', () => {
    const got = outline([TITLE, '', '第一部分　发展基础', '', '一、规划执行情况', '', PROSE, '', '二、面临形势', '', PROSE]);
    assert.deepEqual(got, ['1:某某区园', '2:第一部分发展基础^0', '3:一、规划执行^1', '3:二、面临形势^1']);
  });

  it('takes `第一篇` over `第一章` `第二章`', () => {
    const got = outline([TITLE, '', '第一篇　总体要求', '', '第一章　发展环境', '', PROSE, '', '第二章　指导方针', '', PROSE]);
    assert.deepEqual(got, ['1:某某区园', '2:第一篇总体要求^0', '3:第一章发展环境^1', '3:第二章指导方针^1']);
  });

  it('leaves a `第一篇` label over a speech\'s `一、` `二、` (a compilation\'s piece, not a division)', () => {
    const got = outline([TITLE, '', '第一篇　总体要求', '', '一、规划执行情况', '', PROSE, '', '二、面临形势', '', PROSE]);
    assert.ok(!got.some((h) => h.includes('第一篇')), got.join(' | '));
  });

  it('leaves a lone `第一部分` whose part holds no run of its own', () => {
    const got = outline([TITLE, '', '第一部分　发展基础', '', PROSE, '', PROSE]);
    assert.ok(!got.some((h) => h.includes('第一部分')), got.join(' | '));
  });

  it('leaves a lone `第一部分` that reads as a sentence, not a heading', () => {
    const got = outline([TITLE, '', '第一部分是对过去五年发展成效的全面回顾，主要包括以下内容。', '', '一、规划执行情况', '', PROSE, '', '二、面临形势', '', PROSE]);
    assert.ok(!got.some((h) => h.includes('第一部分')), got.join(' | '));
  });
});
