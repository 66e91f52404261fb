/**
 * Figures across files (issue 12): the name an indicator is filed under, a document's own date, and
 * the grouping of many documents' figures by indicator. Every sentence here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures, parseOutline } from '../../src/core';
import { figureRow } from '../../src/core/export';
import { isRegionalDocument, normalizeIndicator } from '../../src/core/figures/indicatorNames';
import { chartNumber, documentDate, fileFigures, IndicatorGrouper, isRegionalText, groupByIndicator, seriesOf, type DocumentFigures } from '../../src/core/figures/crossFiles';

describe('normalizeIndicator: one name per measure', () => {
  it('files the written forms of a standard measure under one name', () => {
    assert.equal(normalizeIndicator('GDP'), '国内生产总值');
    assert.equal(normalizeIndicator('全国GDP'), '国内生产总值');
    assert.equal(normalizeIndicator('gdp'), '国内生产总值');
    assert.equal(normalizeIndicator('国内生产总值'), '国内生产总值');
    assert.equal(normalizeIndicator('新增城镇就业'), '城镇新增就业');
    assert.equal(normalizeIndicator('城镇新增就业人数'), '城镇新增就业');
    assert.equal(normalizeIndicator('规上工业增加值'), '规模以上工业增加值');
    assert.equal(normalizeIndicator('进出口总值'), '进出口总额');
    assert.equal(normalizeIndicator('实际利用外资'), '实际使用外资');
    assert.equal(normalizeIndicator('城镇化率'), '常住人口城镇化率');
  });

  it('leaves time and scope words out', () => {
    assert.equal(normalizeIndicator('今年全市一般公共预算收入'), '一般公共预算收入');
    assert.equal(normalizeIndicator('全年粮食总产量'), '粮食产量');
    // the action verb stays out of a counted noun (test/indicators/RULES.md, rule 8)
    assert.equal(normalizeIndicator('一年来我县新建学校'), '学校');
    assert.equal(normalizeIndicator('全社会固定资产投资'), '固定资产投资');
    assert.equal(normalizeIndicator('全体居民人均可支配收入'), '居民人均可支配收入');
    assert.equal(normalizeIndicator('地方一般公共预算收入'), '一般公共预算收入');
  });

  it('keeps the relation apart: a rate and its level share the name', () => {
    assert.equal(normalizeIndicator('地区生产总值增速'), '地区生产总值');
    assert.equal(normalizeIndicator('居民消费价格涨幅'), '居民消费价格');
    assert.equal(normalizeIndicator('单位地区生产总值能耗降幅'), '单位地区生产总值能耗');
    assert.equal(normalizeIndicator('经济增长预期目标'), '国内生产总值');
    assert.equal(normalizeIndicator('棉花产量首次跃上'), '棉花产量');
    assert.equal(normalizeIndicator('确保油料播种面积'), '油料播种面积');
    assert.equal(normalizeIndicator('完成水利建设投资'), '水利建设投资');
    assert.equal(normalizeIndicator('再减少农村贫困人口'), '农村贫困人口');
    assert.equal(normalizeIndicator('二是取消行政事业性收费'), '行政事业性收费');
    assert.equal(normalizeIndicator('左右、涉企收费'), '涉企收费');
    assert.equal(normalizeIndicator('日均客流量稳定在'), '日均客流量');
  });

  it('keeps words that only look like heads', () => {
    assert.equal(normalizeIndicator('再生资源回收量'), '再生资源回收量');
    assert.equal(normalizeIndicator('再就业人数'), '再就业人数');
    // 地方 against 中央 is part of what is measured
    assert.equal(normalizeIndicator('地方财政赤字'), '地方财政赤字');
  });

  it('does not file a longer measure under a shorter one it contains', () => {
    assert.equal(normalizeIndicator('单位国内生产总值能耗'), '单位国内生产总值能耗');
    assert.equal(normalizeIndicator('人均地区生产总值'), '人均地区生产总值');
    assert.equal(normalizeIndicator('城镇居民人均可支配收入'), '城镇居民人均可支配收入');
  });

  it('files a regional GDP under 地区生产总值', () => {
    assert.equal(normalizeIndicator('全省GDP'), '地区生产总值');
    assert.equal(normalizeIndicator('我市经济总量'), '地区生产总值');
    assert.equal(normalizeIndicator('地区GDP'), '地区生产总值');
    assert.equal(normalizeIndicator('全市生产总值'), '地区生产总值');
    assert.equal(normalizeIndicator('经济总量', { regional: true }), '地区生产总值');
    assert.equal(normalizeIndicator('经济总量'), '国内生产总值');
    // written out, the national measure stays national even in a regional text
    assert.equal(normalizeIndicator('国内生产总值', { regional: true }), '国内生产总值');
    assert.equal(normalizeIndicator('我国人均GDP'), '人均国内生产总值');
    assert.equal(normalizeIndicator('全省人均GDP'), '人均地区生产总值');
    assert.equal(normalizeIndicator('人均地区生产总值'), '人均地区生产总值');
  });

  it('gives null where no measure is named', () => {
    for (const s of [null, undefined, '', '  ', '上半年', '推进', 'line', '** ', '高于全国', '快于全省平均', '占全国', '规划纲要明确了今后']) {
      assert.equal(normalizeIndicator(s as string), null, String(s));
    }
  });

  it('strips markup and punctuation at the edges', () => {
    assert.equal(normalizeIndicator('**“茶叶产量”'), '茶叶产量');
    assert.equal(normalizeIndicator('— 森林覆盖率：'), '森林覆盖率');
    // quotes inside a name mark a coined term: the name is filed without them (RULES.md, doc 07's 两网融合)
    assert.equal(normalizeIndicator('“星火”示范村'), '星火示范村');
    assert.equal(normalizeIndicator('新认定“瞪羚企业”'), '新认定瞪羚企业');
    assert.equal(normalizeIndicator('瞪羚企业”'), '瞪羚企业');
  });

  it('gives null to a figure inside a quoted name and to markup', () => {
    assert.equal(normalizeIndicator('扎实推进“'), null);
    assert.equal(normalizeIndicator('认真落实《'), null);
    assert.equal(normalizeIndicator('<span class="x">'), null);
  });

  it('tells a regional document by the measures it names', () => {
    assert.equal(isRegionalDocument(['粮食产量', '全省地区生产总值']), true);
    assert.equal(isRegionalDocument(['国内生产总值', null]), false);
  });
});

describe('indicators: 上升至 and 提升至 are relations whole', () => {
  it('leaves no 上 or 提 on the indicator', () => {
    const figs = extractFigures('森林覆盖率提升至41.2%，优良天数比例上升至90.1%。');
    assert.deepEqual(figs.map((f) => [f.indicator, f.relation]), [['森林覆盖率', '提升至'], ['优良天数比例', '上升至']]);
  });
});

describe('documentDate: the date a document gives itself', () => {
  it('reads a meeting date in the title block', () => {
    const text = '政府工作报告\n\n——2031年3月5日在某市第九届人民代表大会第二次会议上\n\n各位代表：\n一、2030年工作回顾\n';
    assert.deepEqual(documentDate(text, 'x.txt'), { value: '2031-03-05', source: 'text' });
  });
  it('reads the date of the signature block at the end, in Chinese numerals too', () => {
    const body = '关于做好某项工作的通知\n各单位：\n' + '现将有关事项通知如下。\n'.repeat(40);
    assert.deepEqual(documentDate(body + '某县人民政府办公室\n二〇三〇年十二月二十一日\n', 'a.txt'), { value: '2030-12-21', source: 'text' });
    assert.deepEqual(documentDate(body + '某县人民政府\n2030年1月9日\n\n', 'a.txt'), { value: '2030-01-09', source: 'text' });
  });
  it('finds the signature date before attachments and leaves a converter timestamp alone', () => {
    const text = '关于某事项的通知\n各单位：\n' + '现将有关事项通知如下。\n'.repeat(40) + '某某公司\n二〇〇五年十一月十四日\n附件：申请表\n' + '表格内容。\n'.repeat(30) + '{"parse_date": "2031-05-19T11:26:01"}\n';
    assert.deepEqual(documentDate(text, 'notice.md'), { value: '2005-11-14', source: 'text' });
    assert.deepEqual(documentDate('标题\n正文。\n{"parse_date": "2031-05-19T11:26:01"}\n', 'x.md'), { value: null, source: null });
  });
  it('takes a year from the title line when no full date is given', () => {
    assert.deepEqual(documentDate('2032年某市政府工作报告\n各位代表：\n', 'b.txt'), { value: '2032', source: 'text' });
  });
  it('falls back to a date or a year in the file name, else none', () => {
    assert.deepEqual(documentDate('各位代表：\n', 'dir/news-20310210.md'), { value: '2031-02-10', source: 'name' });
    assert.deepEqual(documentDate('各位代表：\n', 'report-2029-city.txt'), { value: '2029', source: 'name' });
    assert.deepEqual(documentDate('各位代表：\n', 'report.txt'), { value: null, source: null });
  });
  it('refuses impossible dates and never throws', () => {
    assert.deepEqual(documentDate('标题\n2031年13月40日\n', 'c.txt'), { value: null, source: null });
    assert.deepEqual(documentDate(undefined as unknown as string, undefined as unknown as string), { value: null, source: null });
  });
});

function docOf(name: string, text: string): DocumentFigures {
  const outline = parseOutline(text);
  return { name, date: documentDate(text, name), figures: extractFigures(text, outline).map((f) => figureRow(text, outline, f)) };
}

describe('groupByIndicator: one indicator across documents', () => {
  const later = docOf('b.txt', '某市政府工作报告\n——2032年1月8日\n全市地区生产总值增长5.1%，城镇新增就业5.2万人。\n');
  const earlier = docOf('a.txt', '某市政府工作报告\n——2031年1月9日\n全年GDP增长4.8%，新增城镇就业4.9万人，一般公共预算收入120亿元。\n');
  const undated = docOf('c.txt', '某市经济运行情况\n城镇新增就业6万人。\n');
  const result = groupByIndicator([later, undated, earlier]);

  it('orders documents by their own date, undated ones after by name', () => {
    assert.deepEqual(result.documents.map((d) => d.name), ['a.txt', 'b.txt', 'c.txt']);
  });

  it('groups the differently written forms of one measure, with its kind and unit in the key', () => {
    const jobs = result.groups.find((g) => g.key === '城镇新增就业|count|人');
    assert.ok(jobs, JSON.stringify(result.groups.map((g) => g.key)));
    assert.equal(jobs.documents, 3);
    assert.deepEqual(jobs.values.map((v) => [v.doc, v.number]), [[0, 49000], [1, 52000], [2, 60000]]);
    const growth = result.groups.find((g) => g.key === '地区生产总值|percent|%');
    assert.ok(growth);
    assert.deepEqual(growth.values.map((v) => [v.doc, v.text, v.written]), [[1, '5.1%', '地区生产总值']]);
    // a text that says only GDP, with nothing regional about it, means the national measure
    assert.deepEqual(result.groups.find((g) => g.key === '国内生产总值|percent|%')?.values.map((v) => v.text), ['4.8%']);
  });

  it('reads GDP words as regional in a text that speaks for a region', () => {
    const text = '全市上下团结奋斗，经济总量增长6%。我市各项事业全面进步，全市人民生活改善。\n';
    const city = docOf('d.txt', text);
    assert.deepEqual(groupByIndicator([city]).groups.map((g) => g.key), ['国内生产总值|percent|%']);
    assert.deepEqual(groupByIndicator([{ ...city, regional: isRegionalText(text) }]).groups.map((g) => g.key), ['地区生产总值|percent|%']);
    assert.equal(isRegionalText('全国人民。全省上下。我国经济。全国各地。'), false);
  });

  it('lists groups by how many documents they span', () => {
    assert.equal(result.groups[0].key, '城镇新增就业|count|人');
    const counts = result.groups.map((g) => g.documents);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('gives one point per document for a chart: the first value, null where none', () => {
    const revenue = result.groups.find((g) => g.name === '一般公共预算收入')!;
    assert.deepEqual(seriesOf(revenue, 3).map((v) => v && v.number), [12000000000, null, null]);
  });

  it('leaves out dates, page chrome and figures without an indicator', () => {
    const r = groupByIndicator([
      {
        name: 'x.txt',
        date: { value: null, source: null },
        figures: [
          { line: 1, col: 0, text: '2031年', value: '2031', unit: '', kind: 'date', indicator: '会议', relation: null },
          { line: 2, col: 0, text: '3', value: 3, unit: '', kind: 'count', indicator: '页码', relation: null, zone: 'furniture' },
          { line: 3, col: 0, text: '5个', value: 5, unit: '个', kind: 'count', indicator: null, relation: null },
        ],
      },
    ]);
    assert.deepEqual(r.groups, []);
    assert.equal(r.documents[0].figures, 3);
  });

  it('groups the same way whatever order documents arrive in, finished at once or in slices', async () => {
    const a = new IndicatorGrouper();
    for (const d of [undated, earlier, later].map(fileFigures)) a.add(JSON.parse(JSON.stringify(d)));
    let pauses = 0;
    const sliced = await a.finishAsync(async () => void pauses++, -1);
    assert.ok(pauses > 0);
    assert.deepEqual(JSON.parse(JSON.stringify(sliced)), JSON.parse(JSON.stringify(groupByIndicator([later, undated, earlier]))));
  });

  it('reads ranges as their middle and never throws on odd input', () => {
    assert.equal(chartNumber([4, 5]), 4.5);
    assert.equal(chartNumber([null, 5]), 5);
    assert.equal(chartNumber('2031'), null);
    assert.deepEqual(groupByIndicator([]).groups, []);
    assert.doesNotThrow(() => groupByIndicator([{ name: 'y', date: { value: null, source: null }, figures: null as never }]));
  });
});
