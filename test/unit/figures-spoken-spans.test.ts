/**
 * Spans written in Chinese numerals, and the second end of any span valued with the parts it writes
 * (ANNOTATION: a date's value holds the parts the text gives; a span is one figure, a pair). Every
 * sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a span\'s second end valued with the parts it writes', () => {
  it('leaves out the year and month the end does not write', () => {
    assert.deepEqual(brief('会议于10月24日至25日举行。'), ['10月24日至25日|["--10-24","---25"]||date']);
    assert.deepEqual(brief('2031年6月21日至23日，代表团访问。'), ['2031年6月21日至23日|["2031-06-21","---23"]||date']);
    assert.deepEqual(brief('2031年1-3月，收入增长。'), ['2031年1-3月|["2031-01","--03"]||date']);
    assert.deepEqual(brief('2031年3月—5月，开展检查。'), ['2031年3月—5月|["2031-03","--05"]||date']);
    assert.deepEqual(brief('7月12至13日召开。'), ['7月12至13日|["--07-12","---13"]||date']);
  });
  it('keeps what the end writes in full, and an end before the start apart', () => {
    assert.deepEqual(brief('2031年3月至2032年6月，'), ['2031年3月至2032年6月|["2031-03","2032-06"]||date']);
    assert.deepEqual(brief('3月1日至6月30日，'), ['3月1日至6月30日|["--03-01","--06-30"]||date']);
    assert.equal(brief('2031年11月至3月，').length, 2);
  });
});

describe('figures: spans in Chinese numerals', () => {
  it('joins two dates written in Chinese numerals, the second later', () => {
    assert.deepEqual(brief('一九六一年至一九六四年，'), ['一九六一年至一九六四年|["1961","1964"]||date']);
    assert.deepEqual(brief('一九六七年十月至十一月，'), ['一九六七年十月至十一月|["1967-10","--11"]||date']);
    assert.deepEqual(brief('一九六六年七月至一九六七年六月，'), ['一九六六年七月至一九六七年六月|["1966-07","1967-06"]||date']);
    assert.equal(brief('一九六七年十月至九月，').length, 2);
  });
  it('reads a day alone after a dated day as the span\'s end', () => {
    assert.deepEqual(brief('一九六七年十二月二十五日至二十八日，'), ['一九六七年十二月二十五日至二十八日|["1967-12-25","---28"]||date']);
    assert.deepEqual(brief('四月七日到二十日期间'), ['四月七日到二十日|["--04-07","---20"]||date']);
    assert.deepEqual(brief('四月七日至三日，'), ['四月七日|"--04-07"||date']);
  });
  it('joins a span of time written with its unit on both ends', () => {
    assert.deepEqual(brief('用三个月至六个月完成。'), ['三个月至六个月|[3,6]|个月|duration']);
    assert.deepEqual(brief('三天到五天'), ['三天到五天|[3,5]|天|duration']);
  });
  it('reads a share spoken once over both ends (百分之七十至八十)', () => {
    assert.deepEqual(brief('约占百分之七十至八十的比例。'), ['百分之七十至八十|[70,80]|%|percent']);
    assert.deepEqual(brief('百分之十至二十。'), ['百分之十至二十|[10,20]|%|percent']);
  });
  it('leaves a change, a lower end and an end with a unit of its own apart', () => {
    assert.deepEqual(brief('由百分之五提高至百分之八'), ['百分之五|5|%|percent', '百分之八|8|%|percent']);
    assert.deepEqual(brief('百分之五十至三十'), ['百分之五十|50|%|percent']);
    assert.deepEqual(brief('百分之七十至八十万元'), ['百分之七十|70|%|percent', '八十万元|800000|元|money']);
  });
});
