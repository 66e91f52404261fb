import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures } from '../../src/core/figures';
import { parseNumberText } from '../../src/core/figures/numberText';
import type { Figure, Outline } from '../../src/core/types';
import { brief } from './figureBrief';

/** The figures of a sentence as `text|value|unit|kind`. */
function one(text: string): Figure {
  const figs = extractFigures(text);
  assert.equal(figs.length, 1, `${text}: ${JSON.stringify(figs.map((f) => f.text))}`);
  return figs[0];
}

describe('figures: numbers and units', () => {
  it('applies scale words and keeps the base unit', () => {
    assert.deepEqual(brief('全县税收收入完成12.5亿元。'), ['12.5亿元|1250000000|元|money']);
    assert.deepEqual(brief('出栏生猪3万头'), ['3万头|30000|头|count']);
    assert.deepEqual(brief('对外投资8.2万亿美元'), ['8.2万亿美元|8200000000000|美元|money']);
    assert.deepEqual(brief('新增风电装机4.5亿千瓦'), ['4.5亿千瓦|450000000|千瓦|energy']);
  });
  it('reads full-width digits, thousands separators and decimals', () => {
    assert.deepEqual(brief('共接待游客１２．５万人次'), ['１２．５万人次|125000|人次|count']);
    assert.deepEqual(brief('捐款1,250,000元'), ['1,250,000元|1250000|元|money']);
  });
  it('tells percentage points from percents', () => {
    assert.deepEqual(brief('利润率提高到8.5%，比上年提高1.2个百分点'), ['8.5%|8.5|%|percent', '1.2个百分点|1.2|个百分点|percentage-point']);
    // a rate per mille is a share (kind ratio), its value as written, like the gold of communiqués
    assert.deepEqual(brief('出生率为７‰'), ['７‰|7|‰|ratio']);
    assert.deepEqual(brief('占比达到百分之十五点五'), ['百分之十五点五|15.5|%|percent']);
  });
  it('reads shares', () => {
    assert.equal(one('覆盖了全区三分之二的村').value, 2 / 3);
    assert.equal(one('覆盖了全区三分之二的村').kind, 'ratio');
    assert.deepEqual(brief('仅相当于邻县的1/5'), ['1/5|0.2||ratio']);
    assert.deepEqual(brief('审批时间压缩一半以上'), ['一半|0.5||ratio']);
  });
  it('keeps approximators between number and unit inside the span, others outside', () => {
    const f = one('共筹集资金30多亿元');
    assert.equal(f.text, '30多亿元');
    assert.equal(f.value, 3e9);
    assert.equal(f.approx, '多');
    assert.equal(one('惠及群众2万余户').text, '2万余户');
    const g = one('投资近5亿元');
    assert.equal(g.text, '5亿元');
    assert.equal(g.approx, '近');
    assert.equal(one('增长8%左右').approx, '左右');
    const h = one('全市共有4亿多人口规模');
    assert.equal(h.text, '4亿');
    assert.equal(h.unit, '');
  });
  it('reads ranges and products', () => {
    assert.deepEqual(brief('吸纳20-30万人口'), ['20-30万|[200000,300000]||count']);
    assert.deepEqual(brief('增速保持在6%—7%之间'), ['6%—7%|[6,7]|%|percent']);
    assert.deepEqual(brief('每年培训3-5次'), ['3-5次|[3,5]|次|count']);
    assert.deepEqual(brief('建设4×300万千瓦机组'), ['4×300万千瓦|12000000|千瓦|energy']);
    assert.deepEqual(brief('分辨率为1024×768'), ['1024×768|786432||other']);
  });
  it('sorts kinds by unit', () => {
    assert.deepEqual(brief('新建绿地15公顷、道路8.5公里，处理污水3万立方米，减排42吨'), [
      '15公顷|15|公顷|area', '8.5公里|8.5|公里|length', '3万立方米|30000|立方米|volume', '42吨|42|吨|mass',
    ]);
    assert.deepEqual(brief('历时36个月，庆祝建校60周年'), ['36个月|36|个月|duration', '60周年|60|周年|duration']);
    assert.deepEqual(brief('日处理能力12.5吨/日'), ['12.5吨/日|12.5|吨/日|mass']);
  });
});

describe('figures: dates, redactions, ranks and codes', () => {
  it('makes one span of a full date and gives a bare year its ISO value', () => {
    assert.deepEqual(brief('2023年6月18日召开'), ['2023年6月18日|"2023-06-18"||date']);
    assert.deepEqual(brief('到2030年基本实现'), ['2030年|"2030"||date']);
    assert.deepEqual(brief('发布时间：2023-11-05'), ['2023-11-05|"2023-11-05"||date']);
    assert.deepEqual(brief('预计8月份完工，5月20日开工'), ['8月份|"--08"||date', '5月20日|"--05-20"||date']);
    assert.deepEqual(brief('二〇二三年工作安排'), ['二〇二三年|"2023"||date']);
  });
  it('treats redacted digits as unknown values', () => {
    assert.deepEqual(brief('自20_年起'), ['20_年|null||date']);
    assert.deepEqual(brief('20xx年我县'), ['20xx年|null||date']);
    assert.deepEqual(brief('补助20xx元'), ['20xx元|null|元|money']);
    assert.deepEqual(brief('20_—20_年规划'), ['20_—20_年|[null,null]||date']);
  });
  it('makes ranks and codes kind other, starting at the digit', () => {
    assert.deepEqual(brief('排名全省第8名'), ['8名|8|名|other']);
    assert.deepEqual(brief('进入全国前50强'), ['50强|50|强|other']);
    assert.deepEqual(brief('实施“3311”工程'), ['3311|3311||other']);
    assert.deepEqual(brief('3号线开通'), ['3号线|3|号线|other']);
  });
  it('reads durations but not calendar years as durations', () => {
    assert.deepEqual(brief('连续6年获评'), ['6年|6|年|duration']);
  });
});

describe('figures: what is not a figure', () => {
  it('skips digits inside identifiers, also across a hard break', () => {
    assert.deepEqual(brief('PM2.5浓度下降、5G基站、H7N9疫情、_Ref12、so2排放'), []);
    assert.deepEqual(brief('细颗粒物（PM\n2.5\n）浓度下降'), []);
    assert.deepEqual(brief('广义货币M\n2\n增长'), []);
  });
  it('skips list markers', () => {
    assert.deepEqual(brief('1.加强组织领导\n（2）压实责任\n3、强化督查'), []);
    assert.deepEqual(brief('要求如下：1、提高认识'), []);
  });
  it('skips ordinals, names, idioms and 一 as an article', () => {
    assert.deepEqual(brief('第一次会议、第三产业、一批项目、一个中心、一项工作'), []);
    assert.deepEqual(brief('落实八项规定，推进“三城同创”，千方百计稳增长'), []);
    assert.deepEqual(brief('实施三年行动计划，坚持十年磨一剑'), []);
    assert.deepEqual(brief('这两个方案从三个方面展开，提出四点意见'), []);
    assert.deepEqual(brief('一季度和四季度，一次性通过验收，几十万人'), []);
    assert.deepEqual(brief('实施十大工程、五项行动'), []);
  });
  it('counts Chinese numerals that count or measure', () => {
    assert.deepEqual(brief('先后三次召开会议，为期一周，至少有一人值守'), ['三次|3|次|count', '一周|1|周|duration', '一人|1|人|count']);
    assert.deepEqual(brief('用了两个多月，前三季度'), ['两个多月|2|个月|duration', '三季度|3|季度|duration']);
    assert.deepEqual(brief('每两年组织一次检查'), ['两年|2|年|duration', '一次|1|次|count']);
    assert.deepEqual(brief('节约一吨煤'), ['一吨|1|吨|mass']);
    assert.deepEqual(brief('其中五万吨用于出口'), ['五万吨|50000|吨|mass']);
  });
  it('joins a figure cut by a hard break, spanning only the digits on the first line', () => {
    const text = '地区生产总值达到12.3\n\u200b\n万亿元，增长5%';
    const figs = extractFigures(text);
    assert.equal(figs[0].text, '12.3');
    assert.equal(figs[0].value, 12.3e12);
    assert.equal(figs[0].unit, '元');
    assert.equal(figs[0].kind, 'money');
    assert.equal(figs[1].text, '5%');
  });
});

describe('figures: context', () => {
  it('names the indicator and the relation', () => {
    const figs = extractFigures('预计全县地区生产总值可达85.2亿元，同比增长7.6%。城镇新增就业3200人。');
    assert.equal(figs[0].indicator, '地区生产总值');
    assert.equal(figs[0].relation, '达');
    assert.equal(figs[1].relation, '同比增长');
    assert.equal(figs[1].of, 0);
    assert.equal(figs[2].indicator, '城镇新增就业');
    assert.equal(figs[2].of, null);
  });
  it('links a share to the amount before it', () => {
    const figs = extractFigures('民生投入9亿元，占财政支出的61%');
    assert.equal(figs[1].relation, '占');
    assert.equal(figs[1].of, 0);
  });
  it('assigns the innermost section', () => {
    const text = '一、总体\n增长5%\n（一）分项\n投资3亿元\n二、其他\n完成8项';
    const h = (start: number, end: number, level: number, parent: number | null) => ({
      marker: '', family: 'cn-dun' as const, ordinal: 0, title: '', level, parent, start, titleStart: start, titleEnd: start, end, inline: false, run: 0,
    });
    const s2 = text.indexOf('（一）');
    const s3 = text.indexOf('二、');
    const outline: Outline = { headings: [h(0, s3, 1, null), h(s2, s3, 2, 0), h(s3, text.length, 1, null)], lineStarts: [0], hardWrapped: false };
    assert.deepEqual(extractFigures(text, outline).map((f) => f.section), [0, 1, 2]);
    assert.deepEqual(extractFigures(text).map((f) => f.section), [null, null, null]);
  });
});

describe('figures: mixed numeral text', () => {
  it('reads mixed Arabic and Chinese numerals', () => {
    const cases: [string, number][] = [
      ['3万4000', 34000], ['5万4千6百', 54600], ['1,100.9亿', 110090000000], ['四百亿点零五零', 40000000000.05],
      ['三分之一', 1 / 3], ['3又一千分之23', 3.023], ['1 3/5', 1.6], ['二十几万', 200000], ['一打', 12], ['负三十二', -32],
    ];
    for (const [s, v] of cases) assert.ok(Math.abs((parseNumberText(s) ?? NaN) - v) <= 1e-12 * Math.max(1, Math.abs(v)), `${s} → ${parseNumberText(s)}`);
    assert.equal(parseNumberText('是非'), null);
  });
});

describe('figures: properties', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789０１２.．,，%％‰-—×x_一二两三十百千万亿点分之半多余近超约个次年月日号名第前是要、。；\n（）()“”《》PMGabc 元吨米亩人户千瓦万亿元个百分点'.split(''),
  );
  it('never throws; spans lie inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const figs = extractFigures(text);
        let last = 0;
        for (const f of figs) {
          assert.ok(f.start >= last && f.start < f.end && f.end <= text.length, JSON.stringify({ text, f }));
          assert.equal(f.text, text.slice(f.start, f.end));
          last = f.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('stays linear on long pathological lines', function () {
    this.timeout(60000);
    const time = (text: string): number => {
      const t0 = process.hrtime.bigint();
      extractFigures(text);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (const unit of ['1', '一', '1.', '2-', '万', '20_', 'PM2', '第一', '3万多', '（1）', '比例5%，', '的5%，', '12, 2024, ']) {
      time(unit.repeat(20000)); // warm up
      const small = time(unit.repeat(25000));
      const big = time(unit.repeat(100000));
      // four times the text may take at most about four times as long (generous for a busy machine)
      assert.ok(big < 10 * small + 300, `${unit}: ×25000 ${small.toFixed(0)} ms, ×100000 ${big.toFixed(0)} ms`);
    }
  });
  it('stays linear on a one-line table of bare numbers (a page kept as one line of a record)', function () {
    this.timeout(60000);
    const time = (text: string): number => {
      const t0 = process.hrtime.bigint();
      extractFigures(text);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const row = '<tr><td>1</td><td>某项工作</td><td>涉及区域若干处</td><td>12.5万元</td></tr>';
    const page = (n: number): string => '<p>关于某项工作的通知</p><table>' + row.repeat(n) + '</table>\n';
    time(page(3000)); // warm up
    const small = time(page(4000));
    const big = time(page(32000));
    // eight times the text may take at most about eight times as long (each figure once looked back to
    // the line's start: 42× here, 8 s on the big one)
    assert.ok(big < 24 * small + 300, `×4000 ${small.toFixed(0)} ms, ×32000 ${big.toFixed(0)} ms`);
  });
  it('stays linear where a `>` in prose stands before bare numbers (no tag before it to find)', function () {
    this.timeout(60000);
    const time = (text: string): number => {
      const t0 = process.hrtime.bigint();
      extractFigures(text);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const line = '参数 > 12 即可，' + '这是一段没有数字的说明文字，'.repeat(6) + '\n';
    time(line.repeat(2000)); // warm up
    const small = time(line.repeat(2500));
    const big = time(line.repeat(20000));
    // eight times the text may take at most about eight times as long (generous: quadratic is 64×)
    assert.ok(big < 24 * small + 300, `×2500 ${small.toFixed(0)} ms, ×20000 ${big.toFixed(0)} ms`);
  });
});

describe('figures: forms the outside specs use (Recognizers-Text)', () => {
  it('reads a minus sign before digits, but not a dash in a model name', () => {
    assert.deepEqual(brief('利润率为-2.5%'), ['-2.5%|-2.5|%|percent']);
    assert.deepEqual(brief('最低气温降到-15℃'), ['-15℃|-15|℃|other']);
    assert.deepEqual(brief('（-3.1%）'), ['-3.1%|-3.1|%|percent']);
    assert.deepEqual(brief('歼-20列装'), ['20|20||count']);
    assert.deepEqual(brief('工期3-5年'), ['3-5年|[3,5]|年|duration']);
  });
  it('reads currency signs, coins and a count word before a currency', () => {
    assert.deepEqual(brief('售价$25，折合￥180'), ['$25|25|美元|money', '￥180|180|元|money']);
    assert.deepEqual(brief('每斤三元五角'), ['三元五角|3.5|元|money']);
    assert.deepEqual(brief('票价12元5角8分。'), ['12元5角8分|12.58|元|money']);
    assert.deepEqual(brief('花了四美元又二十美分'), ['四美元又二十美分|4.2|美元|money']);
    assert.deepEqual(brief('持有5个比特币'), ['5个比特币|5|比特币|money']);
    assert.deepEqual(brief('用时10元5分钟'), ['10元|10|元|money', '5分钟|5|分钟|duration']);
  });
  it('reads Latin unit symbols after digits but keeps identifiers out', () => {
    assert.deepEqual(brief('身高172cm，跳远6m'), ['172cm|172|cm|length', '6m|6|m|length']);
    assert.deepEqual(brief('装机120MW'), ['120MW|120|MW|energy']);
    assert.deepEqual(brief('建成5g基站和4K频道、10kV线路'), []);
  });
  it('reads the liang weight and units swallowed by a numeral run', () => {
    assert.deepEqual(brief('称了三十两'), ['三十两|30|两|mass']);
    assert.deepEqual(brief('买了二两茶叶'), ['二两|2|两|mass']);
    assert.deepEqual(brief('来了一两个人，三两下就修好'), []);
    assert.deepEqual(brief('功率二百千瓦'), ['二百千瓦|200|千瓦|energy']);
    assert.deepEqual(brief('容量八十兆字节'), ['八十兆字节|80|兆字节|other']);
  });
  it('reads 百分之 spaced out, and 百分之百 only as a level', () => {
    assert.deepEqual(brief('百 分 之 35'), ['百 分 之 35|35|%|percent']);
    assert.deepEqual(brief('占百分之二 十'), ['百分之二 十|20|%|percent']);
    assert.deepEqual(brief('覆盖率百分之百。'), ['百分之百|100|%|percent']);
    assert.deepEqual(brief('拿出百分之百的干劲'), []);
    assert.deepEqual(brief('排在百分之六十百分位'), ['百分之六十|60|%|percent']);
  });
  it('reads 兆 between numerals as a trillion', () => {
    assert.deepEqual(brief('总额三兆五千亿日元'), ['三兆五千亿日元|3500000000000|日元|money']);
  });
  it('gives no figure inside an address', () => {
    assert.deepEqual(brief('见 https://example.org/a?q=50%25%2010%，或www.example.org/12'), []);
    assert.deepEqual(brief('链接https://example.org/x,2026-02-02,下载'), ['2026-02-02|"2026-02-02"||date']);
  });
});

describe('figures: kinds of error found on unseen documents', () => {
  it('keeps compound and rate measure words whole', () => {
    assert.deepEqual(brief('巡查船舶40艘次、处理案件12件次'), ['40艘次|40|艘次|count', '12件次|12|件次|count']);
    assert.deepEqual(brief('每千人拥有床位6.5张/千人，公交车12部/百人'), ['6.5张/千人|6.5|张/千人|count', '12部/百人|12|部/百人|count']);
    assert.deepEqual(brief('发病率为8.3/10万'), ['8.3/10万|8.3|/10万|ratio']);
    assert.deepEqual(brief('吞吐量120万标准箱，能耗3.5万吨标准煤'), ['120万标准箱|1200000|标准箱|count', '3.5万吨标准煤|35000|吨标准煤|energy']);
  });
  it('reads round amounts, and leaves vague ones and size classes out', () => {
    assert.deepEqual(brief('投资超百亿元，建成千余家门店，吸引上千人'), ['百亿元|10000000000|元|money', '千余家|1000|家|count', '千人|1000|人|count']);
    assert.deepEqual(brief('数十个项目、几百人、千万不要、百家争鸣'), []);
    assert.deepEqual(brief('打造万亿元级产业、亿元级项目'), []);
  });
  it('does not count lexical compounds and distributives', () => {
    assert.deepEqual(brief('三次产业协调发展，每一次努力，每一个人'), []);
    assert.deepEqual(brief('每一个月开一次会'), ['一个月|1|个月|duration', '一次|1|次|count']);
  });
  it('reads ratios with colons as one figure', () => {
    assert.deepEqual(brief('结构为6.1：35.2：58.7'), ['6.1：35.2：58.7|[6.1,35.2,58.7]||ratio']);
    assert.deepEqual(brief('收入比为2.4:1，比例3∶2'), ['2.4:1|[2.4,1]||ratio', '3∶2|[3,2]||ratio']);
    assert.deepEqual(brief('附件2：2025年任务'), ['2025年|"2025"||date']);
  });
  it('reads a date and a time written together as two figures, an ISO timestamp as one', () => {
    assert.deepEqual(brief('发布时间：2024-02-19 11:08'), ['2024-02-19|"2024-02-19"||date', '11:08|"T11:08"||date']);
    const row = brief("INSERT INTO notice VALUES (7, 0, '通知', '2011-09-28 05:26:26', 3);").filter((f) => f.endsWith('|date'));
    assert.deepEqual(row, ['2011-09-28|"2011-09-28"||date', '05:26:26|"T05:26:26"||date']);
    assert.deepEqual(brief('抓取时间 2026-01-16T03:26:45'), ['2026-01-16T03:26:45|"2026-01-16T03:26:45"||date']);
  });
  it('reads clock times, compact dates, event names and codes', () => {
    assert.deepEqual(brief('上午8时召开，至17时45分'), ['8时|"T08"||date', '17时45分|"T17:45"||date']);
    assert.deepEqual(brief('同时间段'), []);
    assert.deepEqual(brief('禁行时段22:00-05:30'), ['22:00-05:30|["T22:00","T05:30"]||date']);
    assert.deepEqual(brief('截止日期20250930'), ['20250930|"2025-09-30"||date']);
    // a month and a day name the event by its date; more parts, or an issue (第3·4期), stay a name
    assert.deepEqual(brief('纪念“8·15”'), ['8·15|"--08-15"||date']);
    assert.deepEqual(brief('某市“7·21”特大暴雨'), ['7·21|"--07-21"||date']);
    assert.deepEqual(brief('“1·2·3”方案，第3·4期'), ['1·2·3|null||other', '3·4|null||other']);
    assert.deepEqual(brief('热线0571-8765432、证书号2023-00456、400-123-4567、编号401-123-4567'), [
      '0571|571||other', '8765432|8765432||other', '2023-00456|null||other', '400|400||other', '123|123||other', '4567|4567||other',
      '401-123-4567|null||other',
    ]);
    assert.deepEqual(brief('规划2026-2030年，用时3-5天'), ['2026-2030年|["2026","2030"]||date', '3-5天|[3,5]|天|duration']);
  });
});

describe('figures: numbers parted from their units by one space (PDF and Word copies)', () => {
  it('joins a number to the scale word, unit or % after one space', () => {
    assert.deepEqual(brief('收入52.3 亿元，增长 4.1 %，共 8 个'), ['52.3 亿元|5230000000|元|money', '4.1 %|4.1|%|percent', '8 个|8|个|count']);
    assert.deepEqual(brief('2023 年 6 月 18 日召开'), ['2023 年 6 月 18 日|"2023-06-18"||date']);
    assert.deepEqual(brief('2021-2025 年'), ['2021-2025 年|["2021","2025"]||date']);
  });
  it('keeps a row of numbers and words after a space apart', () => {
    assert.deepEqual(brief('编号 1 2 3 个'), ['1|1||count', '2|2||count', '3|3||count']);
    assert.deepEqual(brief('共 12 人员'), ['12|12||count']);
    assert.deepEqual(brief('4  个'), ['4|4||count']);
  });
  it('dates a title by the year in brackets and reads other colon forms', () => {
    assert.deepEqual(brief('在全市大会上的讲话（2025）'), ['2025|"2025"||date']);
    assert.deepEqual(brief('（1）加强领导'), []);
    assert.deepEqual(brief('9︰00开考，14∶00—15∶30笔试，车流1.2万车次'), [
      '9︰00|"T09:00"||date', '14∶00—15∶30|["T14:00","T15:30"]||date', '1.2万车次|12000|车次|count',
    ]);
  });
});

describe('figures: measure words of ports, express and markets', () => {
  it('keeps 单, TEU and 交易日 with their numbers, and 单 out of 单位/单价', () => {
    assert.deepEqual(brief('快递业务量3.5万单，集装箱吞吐量120万TEU，资金在5个交易日内到账。'), [
      '3.5万单|35000|单|count', '120万TEU|1200000|TEU|count', '5个交易日|5|个交易日|duration',
    ]);
    assert.deepEqual(brief('共有5单位参加，单价12元。'), ['5|5||count', '12元|12|元|money']);
  });
});
