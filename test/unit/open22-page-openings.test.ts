import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.parent]);
}

// Invented page openings (our own wording).
const LEAD = '　　今年以来，全镇上下围绕年初确定的目标任务，稳住农业基本盘，抓实项目建设，各项工作取得了新的进展。';
const PART = '　　全年新建高标准农田一万二千亩，改造提升灌溉渠道三十六公里，粮食播种面积稳定在四万亩以上。';

describe('page openings: the headline said again right under itself', () => {
  it('takes the repeat under the page headline as a title too, heading the parts', () => {
    const text = ['某某镇2031年上半年工作总结及下半年工作打算', '', '某某镇2031年上半年工作总结及下半年工作打算', LEAD, '　　一、上半年工作情况', PART, '　　二、下半年工作打算', PART].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [2, '', 1, null], [4, '一、', 2, 1], [6, '二、', 2, 1]]);
  });

  it('takes a third copy under the page bar and the repeat (a document page over a speech)', () => {
    const title = '某某学院院长在2031届毕业典礼上的讲话';
    const text = [title, '  • 2032-01-05 毕业典礼 321', title, '', title, '', '', '亲爱的同学们：', '', LEAD, '', PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '', 1], [4, '', 1]]);
  });

  it('does not take a repeat that the page furniture says again as its running head', () => {
    const title = '某某县卫生村考核办法（试行）';
    const text = [title, '某某县爱卫会', title, '文件', '某卫发〔2031〕3号', '关于开展创建卫生村活动的通知', '各乡镇：',
      LEAD, '一、充分认识创建卫生村的意义。' + PART.trim(), '', '- 1 -', '', title, '二、加强组织领导。' + PART.trim(), '', '- 2 -', '', title, '三、严格考核验收。' + PART.trim()].join('\n');
    assert.ok(!heads(text).some(([l]) => l === 2));
  });
});

describe('page openings: the page headline and the document title that differ only at their start', () => {
  it('takes both as titles where the page headline ends with the title\'s words', () => {
    const text = ['副镇长在某某协作帮扶活动暨签约仪式上的致辞', '', '镇长某某协作帮扶活动暨签约仪式上的致辞', '    尊敬的各位来宾、朋友们：', '    大家上午好！', LEAD, PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '', 1]]);
  });

  it('keeps a 引题 over its title as one title block', () => {
    const text = ['在全镇干部大会上的讲话', '', '凝心聚力抓落实　奋力开创发展新局面', '    同志们：', LEAD, PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1]]);
  });
});

describe('flattened tables: numbered row labels between number cells', () => {
  const table = ['2031年全镇一般公共预算收支平衡表', '', '单位:万元', '', '收    入', '', '执行数', '', '支    出', '', '执行数', '',
    '总   计', '', '52310', '', '总   计', '', '52310', '', '一、本级收入', '', '12500', '', '一、本级支出', '', '40110', '', '税收', '', '8600', '',
    '二、转移性支出', '', '12200', '', '非税', '', '3900', '', '二、转移性收入', '', '39810', ''];

  it('reads the labels as cells, and the document\'s own 一、 and （一） around the table as headings', () => {
    const text = ['某某镇2031年预算执行情况的报告', '', '一、2031年预算执行情况', '', LEAD, '', '（一）一般公共预算', '', PART, '', ...table, '（二）政府性基金预算', '', PART, '', '二、2032年预算草案', '', PART].join('\n');
    const got = heads(text).map(([l, m]) => [l, m]);
    assert.deepEqual(got, [[0, ''], [2, '一、'], [6, '（一）'], [54, '（二）'], [58, '二、']]);
  });

  it('keeps a numbered line that a sentence follows', () => {
    const text = ['某某镇工作报告', '', '一、财政收入', '', '12500', '', '二、财政支出', '', PART, '', '三、下步打算', '', PART].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, ''], [2, '一、'], [6, '二、'], [10, '三、']]);
  });
});

describe('page openings: the draft\'s status note under the title', () => {
  it('walks up over （征求意见稿） to the letter-spaced title under the page headline and its time field', () => {
    const text = ['某某县政府工作报告', '', '时间:2032.3.1', '', '政 府 工 作 报 告', '', '── 2032年 月 日在某某县第九届人民代表大会第三次会议上', '', '（征求意见稿）', '', '各位代表：', '',
      LEAD, '', '一、过去一年工作回顾', '', PART, '', '二、今年工作安排', '', PART].join('\n');
    assert.deepEqual(heads(text), [[0, '', 1, null], [4, '', 1, null], [14, '一、', 2, 1], [18, '二、', 2, 1]]);
  });
});

describe('cut excerpts: a traditional copy ending on a character and its pinyin', () => {
  it('reads a text that stops on `經(jīng)` as cut mid-sentence, and takes its lone 一、', () => {
    const text = ['在某某會議上的講話', '', '同志們:', '', '今天我們召開這次會議,主要任務是總結過去一年的工作,部署今年的重點任務。', '', '一、過去一年工作取得明顯成效',
      '', '一年來,各鎮街緊密結合自身實際,提出了很多好的做法;幾個村集體經(jīng)'].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, ''], [6, '一、']]);
  });
});
