/**
 * Figure precision on documents nobody tuned to (issue 8): spans of days and times, days written
 * with 号, Markdown heading numbers, row numbers of flattened tables, phone numbers, identifiers,
 * dates wrapped inside a table cell. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { dropRowNumbers } from '../../src/core/figures/ordinals';
import type { Figure } from '../../src/core/types';
import { texts } from './figureBrief';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.kind}`);
}

describe('figures precision: spans of days and times', () => {
  it('reads a span of days whose end leaves out the month as one pair', () => {
    assert.deepEqual(brief('年会6月3日至4日在湖畔召开'), ['6月3日至4日|["--06-03","---04"]|date']);
    assert.deepEqual(brief('峰会于2030年5月7日至9日举行'), ['2030年5月7日至9日|["2030-05-07","---09"]|date']);
    assert.deepEqual(brief('展会2031年1月8号到10号开放'), ['2031年1月8号到10号|["2031-01-08","---10"]|date']);
    assert.deepEqual(brief('从3月5日至4月2日'), ['3月5日至4月2日|["--03-05","--04-02"]|date']);
    assert.deepEqual(brief('会期为15日至17日。'), ['15日至17日|["---15","---17"]|date']);
  });
  it('keeps two dates apart when the second is not later or is no day', () => {
    assert.deepEqual(texts('9月8日至3日'), ['9月8日', '3日']);
    assert.deepEqual(texts('4月2日至30日内完成'), ['4月2日', '30日']);
    // a month alone opens no span of days
    assert.deepEqual(brief('2030年5月至6日'), ['2030年5月|"2030-05"|date', '6日|"---06"|date']);
  });
  it('reads a span of times parted by spaces around 至 as one pair', () => {
    assert.deepEqual(brief('开放时间为8:30 至11:45。'), ['8:30 至11:45|["T08:30","T11:45"]|date']);
    assert.deepEqual(brief('闭馆13:00到14:00'), ['13:00到14:00|["T13:00","T14:00"]|date']);
  });
});

describe('figures precision: days written with 号', () => {
  it('reads N号 before a time of day as the day of a month', () => {
    assert.deepEqual(brief('委员会21号晚宣布结果'), ['21号|"---21"|date']);
    assert.deepEqual(brief('大会23号上午开幕'), ['23号|"---23"|date']);
  });
  it('reads N号至M号 as a span of days', () => {
    assert.deepEqual(brief('联合演练18号至20号在湖畔举行'), ['18号至20号|["---18","---20"]|date']);
  });
  it('leaves numbered names with 号 alone', () => {
    assert.deepEqual(brief('2号机组运行平稳'), ['2号|2|other']);
    assert.deepEqual(brief('见湖发〔2030〕5号文'), ['2030|"2030"|date', '5号|5|other']);
  });
});

describe('figures precision: marks that are no quantities', () => {
  it('reads the number after a Markdown heading hashes as its marker', () => {
    assert.deepEqual(texts('# 晚间新闻\n\n## 1. 湖区建成新桥\n\n## 2. 山城举办灯会'), []);
    // a count that opens a heading stays a figure
    assert.deepEqual(texts('## 3个项目开工'), ['3个']);
  });
  it('splits a phone number into its area code and number', () => {
    assert.deepEqual(brief('联系电话：0571-86001234'), ['0571|571|other', '86001234|86001234|other']);
    // a serial stays one code
    assert.deepEqual(brief('登记号2019-00123'), ['2019-00123|null|other']);
  });
  it('reads digits joined to a name by an underscore as an identifier', () => {
    assert.deepEqual(texts('"name": "20300101_湖区通知"'), []);
    // a redacted year still is one
    assert.deepEqual(brief('20_年全区'), ['20_年|null|date']);
  });
  it('counts trains with 列 after digits, not 列入', () => {
    assert.deepEqual(brief('采购36列动车组'), ['36列|36|count']);
    assert.deepEqual(texts('将其中5列入名单'), ['5']);
  });
});

describe('figures precision: flattened tables', () => {
  const table = ['步骤', '时段', '内容', '1', '8:00', '签到', '2', '8:00-9:00', '开幕', '致辞', '3', '9:00-11:00', '分组讨论', '4', '11:00', '闭幕'].join('\n');
  it('drops row numbers that count 1, 2, 3 down lines of cells', () => {
    assert.deepEqual(texts(table), ['8:00', '8:00-9:00', '9:00-11:00', '11:00']);
  });
  it('keeps lone numbers that do not count up from 1', () => {
    assert.deepEqual(texts(['数量', '5', '6', '7'].join('\n')), ['5', '6', '7']);
    assert.deepEqual(texts(['1', '甲', '2'].join('\n')), ['1', '2']);
  });
  it('leaves the cells of a table the anatomy read to their columns', () => {
    const text = '1\n2\n3\n';
    const fig = (k: number): Figure => ({
      start: 2 * k, end: 2 * k + 1, text: String(k + 1), value: k + 1, unit: '', kind: 'count', approx: null, indicator: null, relation: null, of: null, section: null,
    });
    const figs = [fig(0), fig(1), fig(2)];
    assert.equal(dropRowNumbers(text, figs).length, 0);
    const cell = { start: 0, end: text.length, rowLabel: false, kind: null };
    assert.equal(dropRowNumbers(text, figs as Figure[], [cell]).length, 3);
  });
  it('reads a date wrapped twice inside a cell as one date on its first line', () => {
    const cell = '测试日： 2030\n年 11 月 28\n日\n另有 3 个 事项，共 5 个 单位';
    assert.deepEqual(brief(cell).slice(0, 1), ['2030|"2030-11-28"|date']);
    assert.ok(!texts(cell).includes('28'));
  });
});

describe('figures precision: labels and spaced spans', () => {
  it('reads a span of months parted from 月 by a space (PDF text) as a pair', () => {
    // (the year before the span is the span's own: one pair of that year, figures40)
    assert.deepEqual(brief('2030 年 4~6 月，湖区新增'), ['2030 年 4~6 月|["2030-04","--06"]|date']);
  });
  it('reads no figure in a short label that numbers its line', () => {
    assert.deepEqual(texts('来源链接1：https://example.org/a'), []);
    assert.deepEqual(texts('图2：湖区示意'), []);
    // a clock time after a label stays one
    assert.deepEqual(texts('开始时间9:30'), ['9:30']);
    // not a label: text before it on the line
    assert.deepEqual(texts('全年共完成项目，增长12：'), ['12']);
  });
  it('reads the second number of an attachment label as part of it', () => {
    assert.deepEqual(texts('详见附件1-5'), []);
    assert.deepEqual(texts('按附件2-1第3项执行'), ['3项']);
  });
  it('reads a site number after a licence number as part of it', () => {
    assert.deepEqual(brief('湖ICP备12345678号-1'), ['12345678号|12345678|other']);
  });
});

describe('figures precision: document numbers', () => {
  it('reads the year of a document number in small brackets as a date', () => {
    assert.deepEqual(brief('（湖委办﹝2030﹞4号）'), ['2030|"2030"|date', '4号|4|other']);
  });
});
