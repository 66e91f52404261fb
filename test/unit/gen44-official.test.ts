import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented documents (round 26, gen44): names, places and figures are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('gen44: official documents', () => {
  it('a letter-spaced 发文机关标志 (`青 禾 县 人 民 政 府 文 件`) is the banner, not a title', () => {
    const text = [
      '青 禾 县 人 民 政 府 文 件',
      '青政发〔2031〕7号',
      '青禾县人民政府关于做好秋季植树工作的通知',
      '各乡镇人民政府，县政府各部门：',
      '为做好今年秋季植树工作，现就有关事项通知如下：',
      '一、明确任务',
      '各乡镇要按照分解表落实植树面积，按时完成栽种。',
      '二、抓好管护',
      '各村要落实管护责任，确保成活率。',
      '青禾县人民政府',
      '2031年9月1日',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府关于做好秋季植树工作的通知',
      '2 一、明确任务 ^青禾县人',
      '2 二、抓好管护 ^青禾县人',
    ]);
  });

  it('a hard-wrapped covering notice: the 落款 over its date is no headline over a page bar, the plan title under them is', () => {
    const text = [
      '青禾县林业局关于印发《关于推进秋季植树造林工作的实施方案》的通知',
      '各乡镇林业站：',
      '现将《关于推进秋季植树造林工作的实施方案》印发给你们，请结合实际认',
      '真贯彻执行。',
      '',
      '                青禾县林业局',
      '                2031年9月1日',
      '',
      '关于推进秋季植树造林工作的实施方案',
      '各乡镇林业站要组织群众在适宜季节植树造林，确保苗木成活，为了绿化',
      '家园，改善人居环境，结合本县实际，制定本方案。',
      '一、总体目标',
      '到年底完成植树任务，全县新增绿地若干处，群众满意度明显提高，林木',
      '覆盖率稳步提升。',
      '二、主要任务',
      '各乡镇要动员群众广泛参与，落实管护责任，确保苗木成活率，做好病虫',
      '害防治工作。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县林业局关于印发《关于推进秋季植树造林工作的实施方案》的通知',
      '1 关于推进秋季植树造林工作的实施方案',
      '2 一、总体目标 ^关于推进',
      '2 二、主要任务 ^关于推进',
    ]);
  });

  it('a title broken after the issuer (`青禾县林业局` / `关于印发…的通知`) is no page headline its 落款 repeats', () => {
    const text = [
      '青禾县林业局',
      '关于印发《秋季植树造林行动计划（2031—2033年）》的通知',
      '各乡镇林业站：',
      '　　现将《秋季植树造林行动计划（2031—2033年）》印发给你们，请结',
      '合实际认真贯彻执行。',
      '',
      '青禾县林业局',
      '                2031年9月1日',
      '',
      '秋季植树造林行动计划（2031—2033年）',
      '　　各乡镇林业站要组织群众在适宜季节植树造林，确保苗木成活，为',
      '了绿化家园，改善人居环境，结合本县实际，制定本计划。',
      '　　一、总体目标',
      '　　到年底完成植树任务，全县新增绿地若干处，群众满意度明显提高，',
      '林木覆盖率稳步提升。',
      '　　二、主要任务',
      '　　各乡镇要动员群众广泛参与，落实管护责任，确保苗木成活率，做好',
      '病虫害防治工作。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县林业局',
      '1 秋季植树造林行动计划（2031—2033年）',
      '2 一、总体目标 ^秋季植树',
      '2 二、主要任务 ^秋季植树',
    ]);
  });

  it('the plan title after the 落款 heads a hard-wrapped plan whose first line closes no sentence', () => {
    const text = [
      '青禾县人民政府办公室关于印发《关于推进秋季植树造林工作的实施方案》的通知',
      '',
      '各乡镇人民政府：',
      '',
      '现将《关于推进秋季植树造林工作的实施方案》印发给你们，请结合实际认真',
      '贯彻执行。',
      '',
      '                青禾县人民政府办公室',
      '                二〇三一年九月一日',
      '',
      '关于推进秋季植树造林工作的实施方案',
      '',
      '各乡镇要组织群众在适宜季节植树造林，确保苗木成活，为了绿化家园，改',
      '善人居环境，结合本县实际，制定本方案。',
      '',
      '一、总体目标',
      '',
      '到年底完成植树任务，全县新增绿地若干处，群众满意度明显提高，林木覆',
      '盖率稳步提升。',
      '',
      '二、主要任务',
      '',
      '各乡镇要动员群众广泛参与，落实管护责任，确保苗木成活率，做好病虫害',
      '防治工作。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府办公室关于印发《关于推进秋季植树造林工作的实施方案》的通知',
      '1 关于推进秋季植树造林工作的实施方案',
      '2 一、总体目标 ^关于推进',
      '2 二、主要任务 ^关于推进',
    ]);
  });

  it('a template banner with its place left blank (`XX县人民政府文件`, `××县林业局文件`) is the banner', () => {
    for (const banner of ['XX县人民政府文件', '××县林业局文件', 'X X 县 林 业 局 文 件']) {
      const text = [
        banner,
        'X林发〔2031〕7号',
        'XX县林业局关于做好秋季植树工作的通知',
        '各乡镇林业站：',
        '为做好今年秋季植树工作，现就有关事项通知如下：',
        '一、明确任务',
        '各乡镇要按照分解表落实植树面积，按时完成栽种。',
        '二、抓好管护',
        '各村要落实管护责任，确保成活率。',
      ].join('\n');
      assert.deepEqual(tree(parseOutline(text)).map((x) => x.replace(/\^.*/, '^')), [
        '1 XX县林业局关于做好秋季植树工作的通知',
        '2 一、明确任务 ^',
        '2 二、抓好管护 ^',
      ], banner);
    }
  });

  it('a title broken before the plan\'s years (`…三年行动计划` / `（2031—2033年）》的通知`) is one title', () => {
    for (const [a, b] of [['青禾县林业局关于印发《植树造林三年行动计划', '（2031—2033年）》的通知'], ['青禾县林业局关于印发《植树造林三年行动', '计划（2031—2033年）》的通知']]) {
      const text = [
        a, b,
        '各乡镇林业站：',
        '现将《植树造林三年行动计划（2031—2033年）》印发给你们，请认真贯彻执行。',
        '',
        '青禾县林业局',
        '2031年9月1日',
      ].join('\n');
      assert.deepEqual(tree(parseOutline(text)), ['1 ' + a], b);
    }
  });

  it('a plan titled `…的若干措施`, broken over two lines after the 落款, restarts the tree', () => {
    const text = [
      '青禾县人民政府关于印发《关于进一步做好植树造林的若干措施》的通知',
      '各乡镇人民政府：',
      '现将《关于进一步做好植树造林的若干措施》印发给你们，请认真贯彻执行。',
      '',
      '青禾县人民政府',
      '2031年9月1日',
      '',
      '关于进一步做好植树',
      '造林的若干措施',
      '为了绿化家园，改善人居环境，结合本县实际，制定本措施。',
      '一、明确任务',
      '各乡镇要按照分解表落实植树面积，按时完成栽种。',
      '二、抓好管护',
      '各村要落实管护责任，确保成活率。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府关于印发《关于进一步做好植树造林的若干措施》的通知',
      '1 关于进一步做好植树',
      '2 一、明确任务 ^关于进一',
      '2 二、抓好管护 ^关于进一',
    ]);
  });

  it('a hard-wrapped notice: the first line of the body\'s first paragraph is no title, the notice\'s title is', () => {
    const wrap = (s: string, w: number): string[] => { const out: string[] = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out; };
    const text = [
      '青禾县林业局文件',
      '',
      '青林发（2031）9号',
      '',
      '青禾县林业局关于做好秋季植树工作的通知',
      '',
      '各乡镇林业站：',
      ...wrap('　　全县上下扎实开展植树造林，新增绿地十余处，为下一步工作打下了基础。各乡镇要组织群众在适宜季节植树造林，确保苗木成活。现就有关事项通知如下：', 30),
      '一、明确任务',
      ...wrap('　　各乡镇要按照分解表落实植树面积，按时完成栽种，做好苗木调运工作，确保按期完成任务。', 30),
      '二、抓好管护',
      ...wrap('　　各村要落实管护责任，确保成活率，做好病虫害防治工作，及时补植补造，巩固造林成果。', 30),
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县林业局关于做好秋季植树工作的通知',
      '2 一、明确任务 ^青禾县林',
      '2 二、抓好管护 ^青禾县林',
    ]);
  });

  it('an issuing body over its date at the top of a bulletin is its byline, no title', () => {
    const text = [
      '青禾县统计局',
      '2031年5月7日',
      '2030年，全县经济运行总体平稳，主要指标稳中有升，各项工作取得新',
      '进展。',
      '一、综合',
      '全年全县生产总值比上年增长百分之四，其中第一产业增长百分之三。',
      '二、农业',
      '全年粮食产量保持稳定，油料产量有所增长，畜牧业生产平稳。',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), ['1 一、综合', '1 二、农业']);
  });
});
