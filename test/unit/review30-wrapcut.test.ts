import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented speech, hard-wrapped (our own wording).
const HEAD = ['# 在全县农业工作会议上的讲话', '', '同志们：', '过去一年全县上下认真落实各项决策部署，统筹推进农业、农村、农民工作，不断'];
const CUT = '推动农业农村发展取得扎实成效，为全年经济社会发展稳住了基本盘、夯实了基础。一';
const REST = ['规模经营比重过半，高标准农田占比接近七成，主要农作物生产基本实现全程机械化。二是',
  '农村面貌发生大变化。全县农村人居环境整治成效明显，村庄面貌焕然一新，群众满意度',
  '持续提升。三是农民生活得到大改善。农村居民人均可支配收入持续较快增长，增速高于城', '镇居民。'];
const OPEN = '是粮食生产迈上大台阶。全县粮食总产量保持较高水平，农民的饭碗牢牢端在自己手里。土地';

function markers(lines: string[], format: 'plain' | 'markdown'): string[] {
  const text = lines.join('\n') + '\n';
  return parseOutline(text, { format }).headings.filter((h) => h.marker).map((h) => `${h.marker}:${h.title.slice(0, 6)}`);
}

describe('a marker a wrap cut in two, one reading for plain text and Markdown (wrapCutMarker)', () => {
  it('reads `…。一` / `是粮食生产…` in a Markdown paragraph\'s soft wrap as in plain text', () => {
    const lines = [...HEAD, CUT, OPEN, ...REST];
    assert.deepEqual(markers(lines, 'markdown'), ['一:粮食生产迈上', '二是:', '三是:农民生活得到']);
    assert.deepEqual(markers(lines.slice(1), 'plain'), ['一:粮食生产迈上', '二是:', '三是:农民生活得到']);
  });

  it('takes `一` / `是一些…` (a numeral that goes on into a word opens the title) in Markdown too', () => {
    const lines = [...HEAD, CUT, '是一些重点产业迈上大台阶。全县粮食总产量保持较高水平，农民的饭碗牢牢端在自己手里。', ...REST];
    assert.deepEqual(markers(lines, 'markdown'), ['一:一些重点产业', '二是:', '三是:农民生活得到']);
  });

  it('joins nothing over a blank line in Markdown: the blank line ends the paragraph', () => {
    const lines = [...HEAD, CUT, '', OPEN, ...REST];
    assert.deepEqual(markers(lines, 'markdown'), ['二是:', '三是:农民生活得到']);
  });
});
