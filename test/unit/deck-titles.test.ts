import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

const P1 = '　　今年以来，青山市上下认真落实各项部署，经济运行总体平稳，发展质量稳步提升，群众生活持续改善。';
const P2 = '　　一些同志谈到，这项工作原则明确，导向鲜明，程序严密，为下一步打下了坚实基础。';

describe('section titles with a deck, 小标题——导语 (study15b)', () => {
  const text = [
    '青山答卷——青山市三年发展纪实',
    '　　夯基垒台谋长远——青山市立足全局，锚定发展目标，对三年工作作出周密部署',
    P1, P2,
    '　　——全市新建学校十二所，新增学位一万余个，群众就近入学更加方便。',
    '　　——全市新建公园八个，城市绿地面积稳步增加，群众休闲去处更多。',
    '　　凝心聚力开新局——坚持人民至上，深入调研，广泛听取意见，各项任务扎实推进',
    P1, P2,
  ].join('\n');

  it('reads two or more such paragraphs as the sections under the title, dash paragraphs not', () => {
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.title.slice(0, 8)}`), ['1 青山答卷——青山', '2 夯基垒台谋长远—', '2 凝心聚力开新局—']);
  });

  it('leaves one alone, and a paragraph that ends with a sentence mark, to the text', () => {
    const one = text.replace(/凝心聚力开新局——[^\n]*/, '凝心聚力开新局——坚持人民至上，深入调研，广泛听取意见，各项任务扎实推进。');
    const titles = parseOutline(one).headings.map((h) => h.title.slice(0, 4));
    assert.ok(!titles.includes('夯基垒台') && !titles.includes('凝心聚力'));
  });
});
