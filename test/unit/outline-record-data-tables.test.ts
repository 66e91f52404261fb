import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// A one-line HTML document in a code file's template literal, its breaks kept as literal \r\n\t
// escapes: a work plan's title paragraph over a data table (序号 | 重点内容 | 具体措施 | 时间 | 责任人).
const cell = (words: string, attrs = ''): string => `\\r\\n\\t\\t\\t<td${attrs}>\\r\\n\\t\\t\\t<p>${words}</p>\\r\\n\\t\\t\\t</td>`;
const row = (...cells: string[]): string => `\\r\\n\\t\\t<tr>${cells.join('')}\\r\\n\\t\\t</tr>`;
const table = [
  '<table border="1">\\r\\n\\t<tbody>',
  row(cell('序号'), cell('重点内容'), cell('具体措施'), cell('时间'), cell('责任人')),
  row(cell('一', ' rowspan="2"'), cell('抓好学习', ' rowspan="2"'), cell('组织全体人员每月集中学习一次，结合工作实际交流体会，做好学习记录。'), cell('全年', ' rowspan="3"'), cell('办公室')),
  row(cell('开展讲座'), cell('每季度邀请专家讲课一次，讲后组织讨论，形成书面材料报送备案。'), cell('办公室')),
  row(cell('二'), cell('加强管理'), cell('严格执行请销假制度，按时公示考勤结果，发现问题及时提醒纠正。'), cell('综合科')),
  '\\r\\n\\t</tbody>\\r\\n</table>\\r\\n',
].join('');
const file = [
  'export default {',
  `  text: \`<p>&nbsp; &nbsp; &nbsp; &nbsp; 某某科室年度工作任务清单</p>\\r\\n\\r\\n${table}`,
  '`,',
  '};',
  '',
].join('\n');

describe('outline: a data table in a one-line record', () => {
  it('reads each row as one line: no cell is a title heading, the page\'s own title is', () => {
    const o = parseOutline(file);
    assert.deepEqual(o.headings.map((h) => [h.title, h.level]), [['某某科室年度工作任务清单', 1]]);
    assert.equal(o.headings[0].start, file.indexOf('某某科室'));
  });

  it('keeps a table that lays out an article (one cell a row) read paragraph by paragraph', () => {
    const article = [
      '<table>\\r\\n<tr>\\r\\n<td class="detail">',
      '<p>　　为做好年度检查工作，现将有关事项通知如下。</p>\\r\\n',
      '<p>　　一、检查范围</p>\\r\\n<p>　　各科室及下属单位，重点检查制度落实情况。</p>\\r\\n',
      '<p>　　二、检查方式</p>\\r\\n<p>　　采取自查与抽查相结合的方式，抽查比例不低于三成。</p>\\r\\n',
      '<p>　　三、工作要求</p>\\r\\n<p>　　各单位要高度重视，按时报送自查报告。</p>\\r\\n',
      '</td>\\r\\n</tr>\\r\\n</table>',
    ].join('');
    const o = parseOutline(`{"title":"通知","content":"${article.replace(/"/g, '\\"')}"}\n`);
    assert.deepEqual(o.headings.filter((h) => h.marker).map((h) => h.marker), ['一、', '二、', '三、']);
  });
});
