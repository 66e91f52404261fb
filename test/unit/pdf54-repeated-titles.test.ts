import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { prose, wrap } from './pdfText';

/**
 * An invented PDF conversion: a covering notice, then under `附件：` two agreements of one kind,
 * the second on a new page with no label of its own, its title opening with the first's words.
 */
function twoAgreements(secondTitle: string): string {
  const para = (seed: number) => wrap(prose(90, seed), 30);
  const agreement = (party: string) => [
    '（' + party + '版本）', '甲方：', '乙方：某某中心',
    ...para(1), '一、服务事项', ...para(2), '二、双方权利', ...para(3), '三、其他事项', ...para(4),
  ];
  return [
    '关于发布《某某服务业务指引》及协议文本的通知', '各会员单位：', ...para(5), '特此通知。', '二〇二〇年三月一日', '1', '',
    '附件：', '某某中心代收付服务业务', '合作协议', ...agreement('甲方'), '2', '',
    secondTitle, '合作协议', ...agreement('乙方'), '3',
  ].join('\n');
}

describe('pdf54: a labelled attachment title said again at the top of a later page', () => {
  it('heads the second agreement, whose parts no longer hang under the first', () => {
    const hs = parseOutline(twoAgreements('某某中心代收付服务业务')).headings;
    const tops = hs.filter((h) => h.level === 1).map((h) => h.title);
    assert.deepEqual(tops.filter((t) => t === '某某中心代收付服务业务').length, 2, tops.join(' | '));
    const second = hs.findIndex((h, i) => h.level === 1 && h.title === '某某中心代收付服务业务' && i > 1);
    const items = hs.slice(second + 1).filter((h) => h.marker.endsWith('、'));
    assert.equal(items.length, 3);
    for (const h of items) assert.equal(h.parent, second);
    // other words at the page's top repeat no labelled title: the page's text goes on, no new title
    const other = parseOutline(twoAgreements('某某中心代收付服务要求')).headings;
    assert.equal(other.filter((h) => h.level === 1 && h.title.startsWith('某某中心')).length, 1);
  });
});
