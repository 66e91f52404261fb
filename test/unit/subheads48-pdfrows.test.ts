import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import { pdfRowView } from '../../src/core/outline/pdfRows';

// Invented rows in a PDF parser's JSON-lines shape: {page, allrow, type, inside}.
function rows(list: Array<[number, string, string]>): string {
  return list.map(([page, type, inside], i) => JSON.stringify({ page, allrow: i, type, inside }).replace(/,"/g, ', "').replace(/":/g, '": ')).join('\n') + '\n';
}

const report = rows([
  [1, 'text', ''],
  [1, '页眉', '某某新材料股份有限公司2030年年度报告全文'],
  [1, 'text', '某某新材料股份有限公司'],
  [1, 'text', '2030年年度报告'],
  [1, '页脚', '1'],
  [2, 'text', ''],
  [2, '页眉', '某某新材料股份有限公司2030年年度报告全文'],
  [2, 'text', '本公司提请投资者留意以下几类风险，并审慎作出判断。'],
  [2, 'text', '一、原材料价格波动风险'],
  [2, 'text', '公司主要原料的采购价格随市场起落，若价格大幅上涨，公司的毛利可能随之'],
  [2, '页脚', '2'],
  [3, 'text', ''],
  [3, '页眉', '某某新材料股份有限公司2030年年度报告全文'],
  [3, 'text', '下降，公司将通过长期协议锁定部分采购量。'],
  [3, 'text', '二、技术更新换代风险'],
  [3, 'text', '行业技术进步较快，公司若不能及时推出新产品，竞争力将受影响。'],
  [3, 'text', '三、应收账款回收风险'],
  [3, 'text', '公司客户以大型企业为主，回款周期较长，存在一定的坏账可能。'],
  [3, '页脚', '3'],
]);

function titles(text: string): string[] {
  return parseOutline(text).headings.map((h) => text.slice(h.titleStart, h.titleEnd));
}

describe('subheads48: a PDF parser\'s JSON rows read as the page\'s lines', () => {
  it('finds the numbered parts of the rows at their place in the file', () => {
    const o = parseOutline(report);
    const got = o.headings.map((h) => report.slice(h.titleStart, h.titleEnd));
    assert.ok(got.includes('原材料价格波动风险'), JSON.stringify(got));
    assert.ok(got.includes('技术更新换代风险'));
    assert.ok(got.includes('应收账款回收风险'));
    const h = o.headings.find((x) => report.slice(x.titleStart, x.titleEnd) === '技术更新换代风险')!;
    // (the marker starts inside the row's string, after its opening quote)
    assert.equal(report.slice(h.start, h.start + 2), '二、');
    assert.equal(report[h.start - 1], '"');
  });
  it('gives the cover title at the top', () => {
    assert.equal(titles(report)[0], '某某新材料股份有限公司');
  });
  it('never takes the running head (页眉) or a page number (页脚) for a heading', () => {
    const got = titles(report);
    assert.ok(!got.some((t) => t.includes('年度报告全文')), JSON.stringify(got));
    assert.ok(!got.includes('2') && !got.includes('3'));
  });
  it('leaves the furniture rows out of the view and joins a sentence cut by a page', () => {
    const v = pdfRowView(report)!;
    assert.ok(v);
    assert.ok(!v.text.includes('年度报告全文'));
    assert.ok(v.text.includes('随之下降'), v.text);
  });
  it('opens a blank line at a page that starts after a closed sentence', () => {
    const v = pdfRowView(report)!;
    assert.ok(v.text.includes('2030年年度报告\n\n本公司'), v.text);
  });
  it('maps every view character back to the file', () => {
    const v = pdfRowView(report)!;
    for (let i = 0; i < v.text.length; i++) if (v.text[i] !== '\n') assert.equal(report[v.from[i]], v.text[i]);
  });
  it('reads \\u escapes of a row', () => {
    const t = report.replace('下降，公司', '下降\\uff0c公司');
    const v = pdfRowView(t)!;
    assert.ok(v.text.includes('下降，公司'));
  });
  it('does not read JSON lines of articles with a title and a content field', () => {
    const recs = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, title: `某某县第${i + 1}次工作会议召开`, content: '会议强调，要扎实推进各项工作。一、抓好落实。二、加强督导。' })).join('\n');
    assert.equal(pdfRowView(recs), null);
  });
  it('does not read a file of fewer than ten rows', () => {
    assert.equal(pdfRowView(rows([[1, 'text', '一、总体要求'], [1, 'text', '坚持稳中求进。'], [1, 'text', '二、主要任务']])), null);
  });
  it('does not read rows whose keys differ', () => {
    const t = report.replace('{"page": 3, "allrow": 15,', '{"page": 3, "row": 15,');
    assert.equal(pdfRowView(t), null);
  });
  it('does not read rows with a second field of words (a record, not a row)', () => {
    const t = rows(Array.from({ length: 12 }, (_, i) => [1, `第${i}类文字材料的说明`, '某某工作推进情况通报。'] as [number, string, string]));
    assert.equal(pdfRowView(t), null);
  });
  it('does not read rows holding encoded line breaks (documents, not rows)', () => {
    const t = report.replace('二、技术更新换代风险', '二、技术更新换代风险\\n行业技术进步较快');
    assert.equal(pdfRowView(t), null);
  });
  it('does not read plain text or a text with a JSON line among its lines', () => {
    assert.equal(pdfRowView('一、总体要求\n坚持稳中求进。\n二、主要任务\n'), null);
    assert.equal(pdfRowView(report + '这是一行普通文字。\n'), null);
  });
  it('does not read rows of whole paragraphs on average longer than 200 characters', () => {
    const long = '公司坚持稳中求进，'.repeat(30) + '取得了良好成效。';
    const t = rows(Array.from({ length: 12 }, () => [1, 'text', long] as [number, string, string]));
    assert.equal(pdfRowView(t), null);
  });
});
