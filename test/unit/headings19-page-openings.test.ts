import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isOfficeAndName } from '../../src/core/outline/anatomy/pageOpenings';
import { isSpeakerLine } from '../../src/core/outline/anatomy/lineShapes';

// Invented page openings (speeches, 范文 pages, statistical reviews, news copies).
function heads(text: string): Array<[number, string, number, number | null]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  const hs = parseOutline(text).headings;
  return hs.map((h) => [line(h.start), h.marker, h.level, h.parent === null ? null : line(hs[h.parent].start)]);
}

const PROSE = '全区上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，社会大局和谐稳定，各项事业取得新的进展。';

describe('page openings (study19a): a table scraped a cell a line', () => {
  const cells = (rows: string[][]): string[] => rows.flatMap((r) => r.flatMap((c) => [c, '|']));
  it('reads no heading in a table whose rows are labelled 第一产业, 第二产业, 第三产业', () => {
    const text = [PROSE, '|', ...cells([['指 标', '绝对数', '比上年增长%'], ['生产总值', '120.5', '6.1'], ['第一产业', '12.3', '3.2'], ['第二产业', '60.4', '7.7'], ['第三产业', '47.8', '-0.4']]), PROSE].join('\n');
    assert.deepEqual(heads(text), []);
  });

  it('reads no heading in such rows without the bars, numbers alone between them', () => {
    const text = [PROSE, '指标', '绝对数', '第一产业', '12.3', '3.2', '第二产业', '60.4', '7.7', '第三产业', '47.8', '-0.4', PROSE].join('\n');
    assert.deepEqual(heads(text), []);
  });

  it('takes a table caption over its unit note for no title, nor the note', () => {
    const text = [PROSE, '2030年全区生产总值及其增长速度', '单位:亿元', '|', '指 标', '|', '绝对数', '|', '生产总值', '|', '120.5', '|', PROSE].join('\n');
    assert.deepEqual(heads(text), []);
  });
});

describe('page openings (study19a): the addressees of a speech one a line', () => {
  it('reads 尊敬的… / 亲爱的… lines over 女士们、先生们 as the greeting, not a title', () => {
    const text = ['2030年9月26日', '尊敬的某某市长先生,', '尊敬的某某议员先生', '尊敬的各位来宾', '亲爱的侨胞们', '女士们、先生们、朋友们,', '大家晚上好!', PROSE, PROSE].join('\n');
    assert.deepEqual(heads(text), []);
  });
});

describe('page openings (study19a): a 范文 page titles its first sample with the page title and a number', () => {
  it('reads `<title>1` after the title given twice as the first sample, a title at level 1', () => {
    const text = ['当前位置', '首页 > 公文 > 致辞 > 校长新春致辞', '校长新春致辞', '推荐人: 来源: 某某网 阅读: 1.2W 次', '在平平淡淡的日常中，大家都不可避免地会接触到致辞吧，致辞具有语言准确、形象生动的特点。', '校长新春致辞', '校长新春致辞1', '尊敬的各位老师,亲爱的同学们:', PROSE, '首先,我们要下功夫深化校园文化建设。' + PROSE, '其次,全校师生要更加刻苦努力。' + PROSE].join('\n');
    assert.deepEqual(heads(text), [[2, '', 1, null], [5, '', 1, null], [6, '', 1, null], [9, '首先,', 2, 6], [10, '其次,', 2, 6]]);
  });
});

describe('page openings (study19a): a news copy with a picture at its head', () => {
  it('takes the headline quoting a speaker over the metadata for the title, the picture\'s label for none', () => {
    const text = ['某某首页', '', '某某网站xml地图', '', '某省统计局局长某某:前两个月全省经济运行开局总体向好', '', '作者:admin 时间:2030-03-13 07:36:54 点击:6888', '', '(两会·面对面)(10)采访厅长', '',
      '  3月12日,省人大会议在某某会堂举行第三次全体会议。这是省统计局局长某某在“部长通道”接受采访。 某某社记者 某某 摄', '',
      '  某某社3月12日电 省统计局局长某某12日说,今年1至2月,全省经济运行开局总体向好。', '', '  某某介绍,一是生产总体向好,农业基础稳定。二是消费总体向好,新消费发展很快。三是物价和就业总体平稳。'].join('\n');
    assert.deepEqual(heads(text), [[4, '', 1, null], [14, '一是', 2, 4], [14, '二是', 2, 4], [14, '三是', 2, 4]]);
  });
});

describe('page openings (study19a): a headline with a clause before its colon, a credit in traditional characters', () => {
  it('takes `<clause>:<title>` over the time stamp for the title, and `新華社記者某某 攝` for no title', () => {
    const text = ['  某某網  >   新聞中心  >   時政新聞', '', '  某某部長節后首次發話:全省經濟在挑戰中越戰越勇', '', '  2030年01月13日 10:34:32  來源:某某新媒體', '  字號:', '', '    新華社記者某某 攝', '',
      '    “今年一開年,全省經濟面對很大的挑戰和新的不確定因素。”在節后首日的常務會議上,某某部長嚴肅地說。過去一周,大宗商品價格繼續下探,各方都在關注經濟走勢。', '',
      '    但部長話鋒一轉說:“有事了,咱也不怕事,反而把神經繃得更緊、注意力更加集中了。這時才最能體現我們的韌性。”'].join('\n');
    assert.deepEqual(heads(text), [[2, '', 1, null]]);
  });
});

describe('page openings (study19a): a work report under the page\'s fuller headline, cut inside its first 一是', () => {
  const report = (last: string): string => ['2030年某某市某区政府工作报告—全文', '政府工作报告', '-2030年2月23日在某区第五届人民代表大会第二次会议上', '某区区长 某某', '各位代表:',
    '我代表区人民政府,向大会作政府工作报告,请予审议,并请政协各位委员和其他列席人员提出意见。', '一、2029年工作回顾', PROSE, '一年来,我们主要抓了以下工作:', last].join('\n');
  it('reads the headline and the report\'s own title as two titles, the parts under the second', () => {
    const hs = heads(report('一是产业发展保持强劲势头。工业投资实现倍增目标,全年完成工业投资134.8亿元,同比增长102.8%,创下历史新'));
    assert.deepEqual(hs, [[0, '', 1, null], [1, '', 1, null], [6, '一、', 2, 1], [9, '一是', 3, 6]]);
  });
  // (open34: the 一、 standing alone on its line over the report's prose is taken back even where the
  // opening stops at a sentence's end, as study40/09 and study43/10 annotate it; the lone 一是 stays text)
  it('takes the lone 一、 but leaves the lone 一是 where the text ends on a finished sentence', () => {
    const hs = heads(report('一是产业发展保持强劲势头。工业投资实现倍增目标,全年完成工业投资134.8亿元,同比增长102.8%。'));
    assert.deepEqual(hs, [[0, '', 1, null], [1, '', 1, null], [6, '一、', 2, 1]]);
  });
});

describe('page openings (study19a): a communique cut a few characters into a paragraph', () => {
  const communique = (last: string): string => ['某某县2030年国民经济和社会发展统计公报', '', '发布时间:2031-04-11 15:09信息来源:某某县统计局', '', PROSE, '', '一、综 合', '', '经济发展实现逆势增长。初步核算,全年实现地区生产总值134.87亿元,比上年增长9.0%。', '', '年末全县登记的各类企业达2372户,其中私营企业2108户。', '', last].join('\n');
  it('takes the lone 一、 where the last line is a short fragment under a finished paragraph', () => {
    assert.deepEqual(heads(communique('物价指数基')), [[0, '', 1, null], [6, '一、', 2, 0]]);
  });
  it('leaves it where the text ends on a signature', () => {
    assert.deepEqual(heads(communique('某某县统计局')), [[0, '', 1, null]]);
  });
});

describe('page openings (study19a): a page titled by the speech\'s occasion over the speech\'s own title', () => {
  const page = (last: string): string => ['书记在学院党委全会上的讲话(学校)', '提高政治站位强化责任担当', '奋力开创党的建设和事业发展新局面', '--在中共某学院第一届委员会第四次全体(扩大)会议上的报告', '各位委员:',
    PROSE, '一、某年工作回顾', PROSE, '(一)深入学习宣传贯彻全会精神。' + PROSE, last].join('\n');
  it('reads two titles, the speech\'s own (over two lines) heading the parts; the text ending on a heading line is cut', () => {
    assert.deepEqual(heads(page('(二)着力加强和改进新时代思想政治')), [[0, '', 1, null], [1, '', 1, null], [6, '一、', 2, 1], [8, '(一)', 3, 6], [9, '(二)', 3, 6]]);
  });
  it('takes the lone 一、 where the text ends on a finished paragraph too, over its own (一)(二) (study31 07)', () => {
    assert.deepEqual(heads(page('(二)着力加强和改进新时代思想政治工作。' + PROSE)), [[0, '', 1, null], [1, '', 1, null], [6, '一、', 2, 1], [8, '(一)', 3, 6], [9, '(二)', 3, 6]]);
  });
});

describe('page openings (study19a): the speaker\'s offices and name over the salutation', () => {
  it('reads `<offices> <name>` right above `女士们、先生们：` as the speaker\'s line, not the title block\'s', () => {
    const text = ['某某省新闻通报会推介词', '中共某某省委书记、省人大常委会主任 某某某', '女士们、先生们、媒体朋友们:', PROSE, PROSE].join('\n');
    const zones = parseOutline(text).zones ?? [];
    assert.deepEqual(zones.map((z) => [z.zone, z.firstLine, z.lastLine]).slice(0, 3), [['title', 0, 0], ['dateline', 1, 1], ['salutation', 2, 2]]);
    assert.deepEqual(heads(text), [[0, '', 1, null]]);
  });
  it('reads offices and a name, not a headline with a space', () => {
    assert.equal(isOfficeAndName('中共某某省委书记、省人大常委会主任 某某某'), true);
    assert.equal(isOfficeAndName('某某市市长 某某'), true);
    assert.equal(isOfficeAndName('奋力开创 新局面'), false);
  });
  it('joins a name of two printed letter-spaced after the office, as the speaker line reads it', () => {
    assert.equal(isOfficeAndName('某某县县长  李  明'), true);
    assert.equal(isSpeakerLine('某某县县长  李  明'), true);
    // a date left blank is no name, for either reading
    assert.equal(isOfficeAndName('某某县人民政府办公室 2026年 月 日'), false);
    assert.equal(isSpeakerLine('县政府办公室 2026年 月 日'), false);
  });
});
