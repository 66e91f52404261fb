/**
 * What a figure measures (issue 12, test/indicators/RULES.md): the indicator the context pass gives,
 * as filed by normalizeIndicator. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core';
import { normalizeIndicator } from '../../src/core/figures/indicatorNames';

/** The filed indicator of the figure written `fig` in `text`. */
function ind(text: string, fig: string): string | null {
  const f = extractFigures(text).find((x) => x.text === fig);
  assert.ok(f, `no figure ${fig} in ${text}`);
  return normalizeIndicator(f.indicator);
}

describe('indicators: figures that name no measure by their kind', () => {
  it('dates, anniversaries, codes and ranks take none', () => {
    assert.equal(ind('今年恰逢某某学院建院60周年，发展势头良好。', '60周年'), null);
    assert.equal(ind('截至9月底，全县新登记企业1200户。', '1200户'), '新登记企业');
    assert.equal(ind('某某县生产总值增速位居全市第3位。', '3位'), null);
    assert.equal(ind('力争进入全省前20强。', '20强'), null);
    assert.equal(ind('某园区引进的3号机组顺利并网。', '3号'), null);
  });

  it('a handful of visits or meetings takes none, hundreds of lectures keep their name', () => {
    assert.equal(ind('检查组对某街道开展暗访3次。', '3次'), null);
    assert.equal(ind('全年健康讲座300多场。', '300多场'), '健康讲座');
  });

  it('a duration is a measure only when its name says a span is measured', () => {
    assert.equal(ind('全面完成全年任务只剩下两个月。', '两个月'), null);
    assert.equal(ind('企业开办时间压缩至15天。', '15天'), '企业开办时间');
  });
});

describe('normalizeIndicator: verbs, qualifiers, time and place words stay out of the name', () => {
  it('takes action verbs off the head of a counted noun, not a name that is only a verb phrase', () => {
    assert.equal(normalizeIndicator('退出水泥产能'), '水泥产能');
    assert.equal(normalizeIndicator('新建改建乡村公路'), '乡村公路');
    assert.equal(normalizeIndicator('拟发行特别国债'), '特别国债');
    assert.equal(normalizeIndicator('进城落户'), '进城落户');
    assert.equal(normalizeIndicator('棚户区改造'), '棚户区改造');
  });
  it('drops qualifiers of the amount and averaging words, keeps 社会融资规模', () => {
    assert.equal(normalizeIndicator('一般公共预算支出规模'), '一般公共预算支出');
    assert.equal(normalizeIndicator('赤字规模'), '财政赤字');
    assert.equal(normalizeIndicator('社会融资规模'), '社会融资规模');
    assert.equal(normalizeIndicator('某某产品年产量'), '某某产品产量');
    assert.equal(normalizeIndicator('细颗粒物(PM2.5)平均浓度'), '细颗粒物浓度');
    assert.equal(normalizeIndicator('一次性合格率不足'), '一次性合格率');
    assert.equal(normalizeIndicator('最低生活保障标准为每月'), '最低生活保障标准');
  });
  it('a share measures its part; quotes and slashes inside a name go', () => {
    assert.equal(normalizeIndicator('服务业增加值占地区生产总值比重'), '服务业增加值');
    assert.equal(normalizeIndicator('“一网通办”服务点'), '一网通办服务点');
    assert.equal(normalizeIndicator('一网通办”服务点'), '一网通办服务点');
    assert.equal(normalizeIndicator('定点投放/回收'), '定点投放及回收');
  });
  it('files older and shorter names of standard measures', () => {
    assert.equal(normalizeIndicator('财政一般预算收入'), '一般公共预算收入');
    assert.equal(normalizeIndicator('地方专项债券'), '地方政府专项债券');
    assert.equal(normalizeIndicator('cod削减'), '化学需氧量排放量');
    assert.equal(normalizeIndicator('规模以上工业企业完成增加值'), '规模以上工业增加值');
    assert.equal(normalizeIndicator('国内有效发明专利拥有量'), '有效发明专利拥有量');
    assert.equal(normalizeIndicator('国内生产总值'), '国内生产总值');
  });
});

describe('indicators: lists and elided measures', () => {
  it('each figure of a distributive list takes its own member with the shared head', () => {
    const t = '全市电子制造业、生物医药业增加值分别增长6.1%、4.2%。';
    assert.equal(ind(t, '6.1%'), '电子制造业增加值');
    assert.equal(ind(t, '4.2%'), '生物医药业增加值');
    assert.equal(ind('甲醛、苯系物排放量分别下降3%和2%。', '2%'), '苯系物排放量');
  });
  it('a measure that turned from a fall to a rise keeps its name for both', () => {
    const t = '某县企业利润由下降3.1%转为增长5.2%。';
    assert.equal(ind(t, '3.1%'), '某县企业利润');
    assert.equal(ind(t, '5.2%'), '某县企业利润');
  });
  it('one figure shared by several measures takes the first', () => {
    assert.equal(ind('甲醛、苯系物排放量均下降3%。', '3%'), '甲醛排放量');
  });
  it('a change against last year right after a level measures the level', () => {
    const t = '今年债务限额3.2万亿元、比上年增加0.4万亿元。';
    assert.equal(ind(t, '3.2万亿元'), '债务限额');
    assert.equal(ind(t, '0.4万亿元'), '债务限额');
  });
  it('a previous figure\'s 左右 before a new name is no list', () => {
    assert.equal(ind('减少某项负担300亿元左右、某类收费约200亿元。', '200亿元'), '某类收费');
  });
});

describe('indicators: the counted noun after a count', () => {
  it('a count with no name before it counts the noun after its classifier', () => {
    assert.equal(ind('今年新设6个综合保税区，带动明显。', '6个'), '综合保税区');
    assert.equal(ind('新建成8座污水处理厂。', '8座'), '污水处理厂');
  });
  it('a one-word name before the count modifies the noun', () => {
    assert.equal(ind('今年，创建达标累计12个小区，成效明显。', '12个'), '达标小区');
  });
  it('counts of the items of a plan take none', () => {
    assert.equal(ind('方案共包括4大部分18项指标，分步推进。', '18项'), null);
    assert.equal(ind('甲厂、乙厂2个项目，全部投产。', '2个'), null);
  });
});

describe('indicators: asides, subjects and money put into projects', () => {
  it('a short aside in brackets does not cut the name', () => {
    assert.equal(ind('今年，居民区（含商铺）用水量120吨/日。', '120吨/日'), '居民区用水量');
  });
  it('money only said to be put in is 投资; a named fund keeps its name', () => {
    assert.equal(ind('去年投入3亿元，建成某某公园。', '3亿元'), '投资');
    assert.equal(ind('某某花园完成投资1200万元。', '1200万元'), '投资');
    assert.equal(ind('我们筹措资金5亿元。', '5亿元'), '资金');
    assert.equal(ind('农业专项资金投入2亿元。', '2亿元'), '农业专项资金');
  });
});

describe('indicators: guards seen on unseen documents', () => {
  it('a member with its own head takes no other head; examples closed by 等 are no shared measure', () => {
    assert.equal(ind('全县游客人数、旅游收入分别增长9.2%、8.1%。', '9.2%'), '游客人数');
    assert.equal(ind('引进甲企业、乙企业、丙企业等6家。', '6家'), null);
    assert.equal(ind('全市事故起数、死亡人数分别下降15%、12%。', '15%'), '事故起数');
    // a count after a list of names counts the items just named: no member is its measure
    assert.notEqual(ind('建设甲园、乙园、丙园3个。', '3个'), '甲园');
  });
  it('a span of days that is the measure keeps its name', () => {
    assert.equal(ind('全市空气优良天数增加12天。', '12天'), '空气优良天数');
    assert.equal(ind('新录用人员试用期一年。', '一年'), '新录用人员试用期');
  });
});

describe('indicators: a capacity takes its product', () => {
  it('a mass with no name before it takes the product after it', () => {
    assert.equal(ind('开工建设年产20万吨某某酸，进展顺利。', '20万吨'), '某某酸');
    assert.equal(ind('粮食产量1.4万吨，增长2%。', '1.4万吨'), '粮食产量');
  });
});
