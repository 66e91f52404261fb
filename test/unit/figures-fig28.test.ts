/**
 * Figures on page openings of speeches, summaries and statistical communiqués (issue 8, fig28):
 * a year a template hides behind one asterisk, rates whose per-cent sign the page lost, and tables a
 * page reader flattened one cell per line with blank lines only. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig28: a year redacted with one asterisk', () => {
  it('reads 20*年 as a redacted year', () => {
    assert.deepEqual(brief('回顾20*年的工作，部署19*年任务'), ['20*年|null||date', '19*年|null||date']);
  });
  it('leaves emphasis and other numbers as they were', () => {
    assert.deepEqual(brief('*20*年'), ['20|20||count']);
    assert.deepEqual(brief('共有2*3年'), ['2*3年|6|年|duration']);
  });
});

describe('figures fig28: a rate whose per-cent sign was lost', () => {
  it('reads a bare number after a verb of growth that closes its clause as a percent', () => {
    assert.deepEqual(brief('劳务收入8亿元，比上年增长 35；农民收入同比增长6.2。'), [
      '8亿元|800000000|元|money', '35|35||percent', '6.2|6.2||percent',
    ]);
    assert.deepEqual(brief('产值和税金分别比上年增长 18 和 7.5。'), ['18|18||percent', '7.5|7.5||percent']);
    assert.deepEqual(brief('骨干企业产值均增长80以上。'), ['80|80||percent']);
  });
  it('reads a bare share of a whole as a percent', () => {
    assert.deepEqual(brief('完成产值12亿元，占园区工业总产值的21.5，增长9.3。'), [
      '12亿元|1200000000|元|money', '21.5|21.5||percent', '9.3|9.3||percent',
    ]);
  });
  it('leaves levels, lists closed by a unit and natural growth rates alone', () => {
    assert.deepEqual(brief('人数增长到40。'), ['40|40||count']);
    assert.deepEqual(brief('网点增长 3、5个。'), ['3|3||count', '5个|5|个|count']);
    assert.deepEqual(brief('比重分别提高0.7和1.2个百分点'), ['0.7|0.7|个百分点|percentage-point', '1.2个百分点|1.2|个百分点|percentage-point']);
    assert.deepEqual(brief('增长 12 个项目'), ['12 个|12|个|count']);
  });
  it('reads nothing so in a text that writes its per-cent signs', () => {
    assert.deepEqual(brief('城镇化率提高到61%。综合得分增幅为0.132，'), ['61%|61|%|percent', '0.132|0.132||count']);
  });
});

describe('figures fig28: a table flattened one cell per line without bar lines', () => {
  const table = '全年粮食总产量12.3万吨。\n\n主要农产品产量\n\n\n2025年\n\n较上年增长(%)\n\n粮食\n\n123456吨\n\n1.2\n\n其中:小麦\n\n65432吨\n\n-3.4\n\n油料\n\n2345吨\n\n8.9\n\n出栏情况\n\n\n2025年\n\n较上年增长(%)\n\n生猪\n\n34567头\n\n2.1\n\n肉羊\n\n98765只\n\n0.7\n';
  it('gives the bare cells of a column headed by % the kind percent', () => {
    const kinds = extractFigures(table).filter((f) => /^-?\d+\.\d$/.test(f.text)).map((f) => `${f.text}|${f.kind}`);
    assert.deepEqual(kinds, ['1.2|percent', '-3.4|percent', '8.9|percent', '2.1|percent', '0.7|percent']);
  });
  it('needs a header with a unit and rows of one width', () => {
    const noHeader = '说明\n\n粮食\n\n123吨\n\n1.2\n\n油料\n\n45吨\n\n8.9\n';
    assert.ok(extractFigures(noHeader).filter((f) => f.text === '1.2' || f.text === '8.9').every((f) => f.kind === 'count'));
    const oneRow = '指标\n\n增长(%)\n\n粮食\n\n1.2\n\n这是一句说明。';
    assert.equal(extractFigures(oneRow).find((f) => f.text === '1.2')?.kind, 'count');
  });
});

describe('figures fig28: a number that is a Markdown link’s whole text', () => {
  it('is a label of what the link leads to, kind other, at the start of a line too', () => {
    assert.deepEqual(brief('  [1](#t1)&emsp;[2](#t2)&emsp;[13]\n(#t13)'), ['1|1||other', '2|2||other', '13|13||other']);
    assert.deepEqual(brief('全文见 [12](https://example.org/a)'), ['12|12||other']);
  });
  it('leaves a note reference after a term as it was', () => {
    assert.deepEqual(brief('“六稳”[1](#fn1)要求'), []);
  });
});

describe('figures fig28: an amount in trillions that writes no unit', () => {
  it('is money', () => {
    assert.deepEqual(brief('规模突破了1万亿，通过了1.9万亿的刺激计划，減稅降費二萬億'), [
      '1万亿|1000000000000||money', '1.9万亿|1900000000000||money', '二萬億|2000000000000||money',
    ]);
  });
  it('keeps the unit it writes', () => {
    assert.deepEqual(brief('运算达到每秒3万亿次'), ['3万亿次|3000000000000|次|count']);
  });
});

describe('figures fig28: a table in HTML source', () => {
  const head = '<table><tbody><tr><td rowspan="2"><p>项目类型</p></td><td rowspan="2"><span>个数（项）</span></td><td rowspan="2"><span>投资</span><span>（亿元）</span></td><td rowspan="2">占总投资比例</td></tr><tr></tr>';
  it('gives a bare number filling its cell the kind its column header gives', () => {
    const t = `${head}<tr><td>交通</td><td><span>40</span></td><td><span>0.7828</span></td><td>0.074</td></tr><tr><td>水利</td><td>12</td><td>1.25</td><td>0.118</td></tr></tbody></table>`;
    assert.deepEqual(brief(t), ['40|40||count', '0.7828|0.7828||money', '0.074|0.074||ratio', '12|12||count', '1.25|1.25||money', '0.118|0.118||ratio']);
  });
  it('leaves rows with merged cells and headers of two levels as they were', () => {
    const t = '<table><tr><td colspan="2">投资（亿元）</td></tr><tr><td>交通</td><td>0.78</td></tr></table>';
    assert.deepEqual(brief(t), ['0.78|0.78||count']);
  });
});

describe('figures fig28: the names of a doctrine’s parts', () => {
  it('reads no count in 八个明确, 十个明确, 五个必由之路', () => {
    assert.deepEqual(brief('- **八个明确**：是指导思想层面的表述；深刻领会十个明确和五个必由之路'), []);
  });
});

describe('figures fig28: 半年总结 names a kind of document', () => {
  it('holds no duration', () => {
    assert.deepEqual(brief('报告总结>半年总结>上半年工作总结'), []);
    assert.deepEqual(brief('用了半年时间'), ['半年|0.5|年|duration']);
  });
});
