/**
 * Figures in speeches copied from speech-writing sites: page stamps, meeting dates, redacted years,
 * congress numbers, the speaker's own points. Every sentence here is made up for the test; each
 * checks a general rule.
 */
import * as assert from 'node:assert/strict';
import { brief, texts } from './figureBrief';

describe('speech pages: dates and times', () => {
  it('keeps the seconds of a page stamp inside the time', () => {
    assert.deepEqual(brief('发布时间：2023-06-18 09:12:45'), ['2023-06-18|"2023-06-18"||date', '09:12:45|"T09:12:45"||date']);
    assert.deepEqual(brief('更新于2022/11/02 21:07'), ['2022/11/02|"2022-11-02"||date', '21:07|"T21:07"||date']);
  });
  it('reads a day of the month written alone as a date', () => {
    assert.deepEqual(brief('16日下午，县委召开常委会议'), ['16日|"---16"||date']);
    assert.deepEqual(texts('本办法自8日起施行，20日至22日集中检查'), ['8日', '20日至22日']);
  });
  it('does not read 日 as a day where it starts another word or a span of days', () => {
    assert.deepEqual(brief('折合300日元'), ['300日元|300|日元|money']);
    // a span of days: a duration in days, never the day of a month
    assert.deepEqual(brief('须在15日内办结'), ['15日|15|日|duration']);
    assert.deepEqual(texts('排在第9日'), ['9']);
  });
  it('reads a year written with two digits where a span of years cannot stand', () => {
    assert.deepEqual(brief('力争25年底全部完工'), ['25年|null||date']);
    assert.deepEqual(brief('22年3月开工建设'), ['22年3月|"--03"||date']);
    assert.deepEqual(brief('回顾过去。23年GDP增长6.1%'), ['23年|null||date', '6.1%|6.1|%|percent']);
    // a span of years stays a duration
    assert.deepEqual(brief('我们奋斗了23年'), ['23年|23|年|duration']);
    assert.deepEqual(brief('近20年来'), ['20年|20|年|duration']);
  });
  it('keeps a redacted year, its month and its day in one date', () => {
    assert.deepEqual(brief('（20XX年3月16日）'), ['20XX年3月16日|"--03-16"||date']);
    assert.deepEqual(brief('20_年以来'), ['20_年|null||date']);
  });
});

describe('speech pages: numerals that count nothing', () => {
  it('takes N次 before a congress for its number, not a count', () => {
    assert.deepEqual(texts('县九次党代会以来，全县上下'), []);
    assert.deepEqual(texts('学习市委七屆四次全會精神'), []);
    assert.deepEqual(texts('全年召开三次专题会议'), ['三次']);
  });
  it('does not count 有一天, 二次 (secondary) or numerals inside a book title', () => {
    assert.deepEqual(texts('终有一天会见分晓'), []);
    assert.deepEqual(texts('严禁二次转包'), []);
    assert.deepEqual(texts('他读过《水浒传》和《三十六计》'), []);
    assert.deepEqual(texts('整改用时一天'), ['一天']);
  });
  it('does not count the speaker announcing his own points, nor set names with 文明', () => {
    assert.deepEqual(texts('今天我主要讲两个问题：'), []);
    assert.deepEqual(texts('借此机会，我谈三个看法'), []);
    assert.deepEqual(texts('推动两个文明协调发展'), []);
    // problems found in an inspection are counted
    assert.deepEqual(texts('督查组发现三个问题'), ['三个']);
  });
  it('does not count a numeral that only totals the items listed right before it', () => {
    assert.deepEqual(texts('东村、西村、南村三个片区同步推进'), []);
    assert.deepEqual(texts('由标题、正文和落款三个部分组成'), []);
    // a number that differs from the list is a real count
    assert.deepEqual(texts('东村、西村新建五个站点'), ['五个']);
  });
  it('counts the length of a text in 字 and 页 after Arabic digits only', () => {
    assert.deepEqual(brief('全文共4210字'), ['4210字|4210|字|count']);
    assert.deepEqual(brief('共12页'), ['12页|12|页|count']);
    assert.deepEqual(texts('落实十二字方针'), []);
  });
});

describe('speech pages: redactions, list markers, footnotes (figure scanner)', () => {
  it('reads a year redacted with asterisks, but not Markdown emphasis after a year', () => {
    assert.deepEqual(brief('（20**年6月3日）'), ['20**年6月3日|"--06-03"||date']);
    assert.deepEqual(texts('**2023**年'), ['2023']);
  });
  it('takes a line-start N. before a year as a list marker', () => {
    assert.deepEqual(texts('1.2022“十件实事”完成情况'), ['2022']);
    assert.deepEqual(texts('增长1.2022%'), ['1.2022%']);
  });
  it('skips footnote references after a term but keeps document-number years', () => {
    assert.deepEqual(texts('“三保”〔4〕任务全面落实'), []);
    assert.deepEqual(texts('见某府办〔2019〕26号'), ['2019', '26号']);
  });
  it('reads a number after a question mark written in ASCII after Chinese', () => {
    assert.deepEqual(texts('为什么?2019年以来'), ['2019年']);
    assert.deepEqual(texts('index.php?3'), []);
  });
});
