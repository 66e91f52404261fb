/**
 * A crawler's JSON file of one-line records, one of them holding a school's admission rules
 * flattened onto its line: every record's title is a title, however many lines the decoded rules
 * make, and the rules' articles run in after a form field's value are still articles. Invented text.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// (a record's text long enough to be a document of its own, as a crawled page's is)
const LONG = '学院坚持公平竞争、公正选拔、公开透明的原则，接受考生、家长及社会各界的监督，切实维护学院和考生的合法权益。';
const RULES = `第一章 总则第一条 为做好招生工作，制定本章程。${LONG}第二条 招生工作坚持公平公正。${LONG}`
  + '第二章 学校概况第三条 学校名称：青山职业学院第四条 学校代码：12345第五条 学校地址：青山市湖滨路8号'
  + `第三章 附则第六条 本章程由学院招生办公室负责解释。${LONG}${LONG}`;

const record = (title: string, content: string): string => JSON.stringify({ title, date: '2026-05-01', content, url: 'https://example.edu/a.htm' });

describe('a JSON file of one-line records holding flattened rules', () => {
  const text = ['[', record('青山职业学院招生咨询电话', '') + ',', record('学院开放日预告', '') + ',', record('青山职业学院2026年招生章程', RULES), ']', ''].join('\n');
  const heads = parseOutline(text, { format: 'plain' }).headings;
  it('reads every record\'s title as a title at the top level', () => {
    assert.deepEqual(heads.filter((h) => h.level === 1).map((h) => h.title), ['青山职业学院招生咨询电话', '学院开放日预告', '青山职业学院2026年招生章程']);
  });
  it('reads the articles run in after a field\'s value, and not a citation', () => {
    assert.deepEqual(heads.filter((h) => h.marker.endsWith('条')).map((h) => h.marker), ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    const cited = parseOutline(['[', record('甲', '') + ',', record('某办法', `第一条 为规范管理，制定本办法。${LONG}第二条 本办法适用于全市。${LONG}第三条 依照第四条规定执行。${LONG}第四条 本办法自发布之日起施行。${LONG}`), ']', ''].join('\n'), { format: 'plain' }).headings;
    assert.deepEqual(cited.filter((h) => h.marker.endsWith('条')).map((h) => h.marker), ['第一条', '第二条', '第三条', '第四条']);
  });
});
