/** Numbers that are the value of a field in code or a data record are codes (kind other). Made-up records. */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { brief } from './figureBrief';

describe('figures: values of code fields', () => {
  // (a record's fields are no figures: recordCodes.ts, figcode42)
  it('leaves out key: N and "key":N', () => {
    assert.deepEqual(brief('  {\n    id: 7,\n    title: "某某通知",\n  }\n'), []);
    assert.deepEqual(brief('{"pageSize":10,"ifTop":1,"name":"年度总结"}'), []);
  });
  it('leaves out the whole content of a non-HTML element, not a span or a cell', () => {
    assert.deepEqual(brief('<Issue>88</Issue><Page>3</Page>'), []);
    assert.deepEqual(brief('<td>12</td><span>9</span>'), ['12|12||count', '9|9||count']);
  });
  it('keeps counts in prose and a colon after Chinese words', () => {
    assert.deepEqual(brief('全年共有30人参加，比分为3:1。'), ['30人|30|人|count', '3:1|[3,1]||ratio']);
  });
  it('reads a one-line record field through the record reading', () => {
    const text = '<?xml version="1.0"?><Rec>\t<Issue>88</Issue>\t<Body><![CDATA[<p>全年共有30人参加会议，新建学校5所。</p>]]></Body></Rec>\n';
    const figs = extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${f.kind}`);
    assert.deepEqual(figs, ['30人|count', '5所|count']);
  });
});
