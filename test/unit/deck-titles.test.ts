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

describe('section titles with a deck: linear in the text', () => {
  it('reads 100,000 hard-wrapped lines with no dash in well under the time a search to the end per line takes', () => {
    // every line a candidate up to the dash test (Han at both ends, 12–200 chars, a paragraph of its
    // own): a search for the dash that runs to the text's end on each line made this 3.2M-char text
    // take about 3 s (0.2 s without)
    // Timed against an eighth of the text in the same run, so machine load cancels out: linear work
    // is about 8× the small text; the search to the end made it 64×.
    const line = '各项工作扎实推进经济运行总体平稳发展质量稳步提升群众生活持续改善';
    const make = (n: number): string => Array.from({ length: n }, () => line).join('\n\n');
    const small = make(12_500);
    const big = make(100_000);
    parseOutline(small, { format: 'plain' });
    let t0 = Date.now();
    parseOutline(small, { format: 'plain' });
    const ts = Date.now() - t0;
    t0 = Date.now();
    const o = parseOutline(big, { format: 'plain' });
    const tb = Date.now() - t0;
    assert.ok(tb < 20 * ts + 200, `small ${ts} ms, big ${tb} ms`);
    assert.equal(o.headings.length, 0);
  });
});
