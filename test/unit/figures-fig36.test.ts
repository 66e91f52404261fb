/**
 * Figures on documents the rules were not tuned to (fig36): rates written as fractions of a
 * thousand or ten thousand (a tax schedule's 万分之三, a late fee's 万分之五) and per mille rates
 * (出生率6.1‰) are shares, kind ratio; a keycap emoji (1️⃣) numbers a list item and is no count;
 * a minus after a traditional-script verb (為-2.1‰) keeps its sign. Every text here is made up
 * for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig36: rates of a thousand and of ten thousand', () => {
  it('reads 千分之/万分之 written out as a share, the fraction its value', () => {
    assert.deepEqual(brief('租赁合同按租金的千分之一计税。'), ['千分之一|0.001||ratio']);
    assert.deepEqual(brief('逾期的，按日加收万分之五的滞纳金。'), ['万分之五|0.0005||ratio']);
    assert.deepEqual(brief('营业账簿按实收资本的万分之二点五缴纳'), ['万分之二点五|0.00025||ratio']);
    assert.deepEqual(brief('佣金为成交额的万分之0.5'), ['万分之0.5|0.00005||ratio']);
    assert.deepEqual(brief('本县出生率为千分之9.6'), ['千分之9.6|0.0096||ratio']);
  });
  it('keeps 百分之 a percentage and a fraction of another base a share', () => {
    assert.deepEqual(brief('税率为百分之三至百分之五'), ['百分之三至百分之五|[3,5]|%|percent']);
    assert.deepEqual(brief('占全乡耕地的三分之一'), ['三分之一|0.3333333333333333||ratio']);
  });
  it('reads a per mille rate as a share with its value as written', () => {
    assert.deepEqual(brief('全年出生率为6.1‰，死亡率为7.4‰。'), ['6.1‰|6.1|‰|ratio', '7.4‰|7.4|‰|ratio']);
    assert.deepEqual(brief('出生率比上年下降0.3个千分点'), ['0.3个千分点|0.3|个千分点|percentage-point']);
  });
});

describe('figures fig36: signs after traditional-script verbs', () => {
  it('keeps the minus of a negative rate after 為', () => {
    assert.deepEqual(brief('全縣自然增長率為-2.1‰。'), ['-2.1‰|-2.1|‰|ratio']);
    assert.deepEqual(brief('本年增速為-0.5%'), ['-0.5%|-0.5|%|percent']);
  });
});

describe('figures fig36: keycap emoji numbering items', () => {
  it('reads no count in 1️⃣ 2️⃣ and still the figures after them', () => {
    assert.deepEqual(brief('1️⃣ 抓好项目建设，新开工12个。\n2️⃣ 抓好民生保障，新增就业300人。'), ['12个|12|个|count', '300人|300|人|count']);
    assert.deepEqual(brief('3⃣完成投资5亿元'), ['5亿元|500000000|元|money']);
  });
  it('still reads a plain digit that opens a line with its unit', () => {
    assert.deepEqual(brief('1月完成投资5亿元'), ['1月|"--01"||date', '5亿元|500000000|元|money']);
  });
});

describe('figures fig36: an assessment sheet kept as an HTML table', () => {
  const sheet = [
    '<table><thead><tr><th>序号</th><th colspan="2">考核项目</th><th>分值</th><th>评分标准</th></tr></thead>',
    '<tbody>',
    '<tr><td></td><td colspan="2">总分</td><td>100</td><td></td></tr>',
    '<tr><td>1</td><td colspan="2">档案管理</td><td>20</td><td>台账齐全（20分）</td></tr>',
    '<tr><td rowspan="2">2</td><td rowspan="2">县交通局</td><td>道路养护</td><td>30</td><td>按时完成</td></tr>',
    '<tr><td>桥梁检查</td><td>15</td><td>定期检查</td></tr>',
    '</tbody></table>',
  ].join('\n');
  it('drops the 序号 cells and reads the 分值 column as scores, spans laid on their columns', () => {
    assert.deepEqual(brief(sheet), ['100|100||other', '20|20||other', '20分|20|分|other', '30|30||other', '15|15||other']);
  });
  it('leaves the numbers of a table whose header names no kind', () => {
    const plain = '<table><tr><th>单位</th><th>名称</th></tr><tr><td>1</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr></table>';
    assert.deepEqual(brief(plain), ['1|1||count', '2|2||count']);
  });
  it('keeps a 序号 cell that is not a whole row number', () => {
    const odd = '<table><tr><th>序号</th><th>分值</th></tr><tr><td>1.5</td><td>8</td></tr></table>';
    // (kept as a figure; a bare decimal under a header that names no measure is `other`: wholeCounts.ts)
    assert.deepEqual(brief(odd), ['1.5|1.5||other', '8|8||other']);
  });
});

describe('figures fig36: the labels of pieces in a compilation of samples', () => {
  it('reads no count in 【篇1】 or 篇2 opening a line', () => {
    assert.deepEqual(brief('调研报告精选3篇\n【篇1】关于村级集体经济的调研报告\n全村有15个合作社。\n篇2 关于产业发展的调研'), ['3篇|3|篇|count', '15个|15|个|count']);
  });
  it('still reads 篇 as a unit after a number, and digits after 篇 inside a line', () => {
    assert.deepEqual(brief('全书共收录8篇1万字的文章'), ['8篇|8|篇|count', '1万字|10000|字|count']);
  });
});

describe('figures fig36: the digits of an e-mail address', () => {
  it('reads no figure in a mailbox named by digits', () => {
    assert.deepEqual(brief('来稿请发送至邮箱：10086123@qq.com，截止日期为5月10日。'), ['5月10日|"--05-10"||date']);
    assert.deepEqual(brief('联系邮箱 556677@163.com'), []);
  });
  it('still reads a count before an @ that opens no address', () => {
    assert.deepEqual(brief('共3人@全体成员'), ['3人|3|人|count']);
  });
});
