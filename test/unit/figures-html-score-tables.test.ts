import { strict as assert } from 'node:assert';
import { extractFigures, parseOutline } from '../../src/core';

/** An assessment's rules laid out in a page's table (our own short page): 序号 | 考核项目 | 分值 | 考核指标. */
const PAGE = [
  '<%@ page contentType="text/html; charset=UTF-8" %>',
  '<jsp:include page="/common/base.jsp"></jsp:include>',
  '<div>',
  '<table border="1">',
  '  <caption>某区2024年度社区治理工作考核细则</caption>',
  '  <tr><th>序号</th><th>考核项目</th><th>各项分值</th><th>考核指标</th></tr>',
  '  <tr>',
  '    <td>1</td>',
  '    <td>健全网格体系，配齐网格人员</td>',
  '    <td>20</td>',
  '    <td>按要求配齐网格员12名，得10分。</td>',
  '  </tr>',
  '  <tr>',
  '    <td>2</td>',
  '    <td>开展入户走访，建立走访台账</td>',
  '    <td>15</td>',
  '    <td>每月走访不少于3次，得15分。</td>',
  '  </tr>',
  '</table>',
  '</div>',
  '',
].join('\n');

describe('figures in a page table of scores', () => {
  it('the 序号 column holds row labels, the 分值 column points of kind other; prose in the cells keeps its own', () => {
    const figs = extractFigures(PAGE, parseOutline(PAGE, { format: 'plain' }));
    const seen = figs.map((f) => `${f.text}/${f.kind}`);
    assert.ok(!seen.includes('1/count') && !seen.includes('2/count'), seen.join(' '));
    assert.ok(seen.includes('20/other') && seen.includes('15/other'), seen.join(' '));
    assert.ok(seen.includes('12名/count'), seen.join(' '));
  });

  it('a table with no such headers keeps its numbers as they were read', () => {
    const page = PAGE.replace('<th>序号</th>', '<th>类别</th>').replace('各项分值', '数量');
    const figs = extractFigures(page, parseOutline(page, { format: 'plain' }));
    assert.ok(figs.some((f) => f.text === '1'), figs.map((f) => f.text).join(' '));
  });
});
