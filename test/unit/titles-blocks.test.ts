import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline, ZoneName } from '../../src/core';

// Invented documents (titles6): names, places and figures are made up.

function zoneOf(o: Outline, line: number): ZoneName | undefined {
  return o.zones?.find((z) => z.firstLine <= line && line <= z.lastLine)?.zone;
}
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('title blocks a PDF conversion broke (titles6)', () => {
  it('reads a notice title broken over three lines, with its 发文字号 under it', () => {
    const t = [
      '青禾清算所关于开展林业碳汇凭证登', '记托管业务试点工作', '有关事项的通知', '青禾清发〔 2030 〕 7 号', '各托管机构：',
      '为推进林业碳汇凭证登记托管业务，现将有关事项通知如下：', '一、本通知所称凭证，是指在本所登记的林业碳汇凭证。', '二、试点机构应当具备下列条件：',
      '（一）近三年未受过处罚；', '（二）内部控制健全。', '三、本通知自发布之日起实施。', '特此通知。', '青禾清算所', '2030 年 6 月 1 日',
    ].join('\n');
    const o = parseOutline(t);
    assert.deepEqual(tree(o).map((s) => s.replace(/，.*\^/, ' ^')), ['1 青禾清算所关于开展林业碳汇凭证登', '2 一、本通知所称凭证 ^青禾清算', '2 二、试点机构应当具备下列条件 ^青禾清算',
      '3 （一）近三年未受过处罚 ^二、试点机构', '3 （二）内部控制健全 ^二、试点机构', '2 三、本通知自发布之日起实施 ^青禾清算']);
    assert.equal(zoneOf(o, 2), 'title');
    assert.equal(zoneOf(o, 3), 'metadata');
  });

  it('reads a title cut inside its 《》 by a line break', () => {
    const t = [
      '青禾清算所文件', '青清发〔2030〕9号', '关于发布《林业碳汇凭证登记托管', '业务细则（试行）》的通知', '各托管机构：',
      '为规范登记托管业务，本所制定了细则，现予发布，请遵照执行。', '特此通知。', '2030年7月1日',
    ].join('\n');
    const o = parseOutline(t);
    assert.equal(o.headings[0]?.title, '关于发布《林业碳汇凭证登记托管');
    assert.equal(zoneOf(o, 3), 'title');
  });

  it('does not join pieces of running text cut inside a bracket into a title', () => {
    const t = [
      '青禾县林业工作总结', '今年全县完成造林任务，新增碳汇林（含', '补植林）三千亩，群众满意度明显提高，各项工作稳步推进。', '一、主要做法', '各乡镇落实责任。',
    ].join('\n');
    const o = parseOutline(t);
    assert.ok(!o.headings.some((h) => h.title.startsWith('今年全县')));
  });
});

describe('the document an attachment carries, under the attachment\'s name (titles6)', () => {
  const t = [
    '青禾清算所关于开展凭证托管试点的通知', '各托管机构：', '现将有关事项通知如下，请遵照执行。', '一、试点范围', '本所登记的凭证。', '二、申请材料', '按附件报送。',
    '青禾清算所', '2030年6月1日',
    '附件 1', '申请书样式', '关于将 XXXX 凭证纳入托管试点', '的申请', '青禾清算所：', 'XXXX（机构全称）现申请将 XXXX 凭证纳入托管试点，有关情况如下：',
    '一、机构概况', '包括成立时间、注册资本等基本情况。', '二、凭证情况', '包括凭证规模等情况。',
    '附件 2', '季度报告样式', 'XXXX 年 X 季度 XXXX 凭证托管报告', '一、本季度规模变动情况。', '二、本季度风险事件情况。',
    '附件 3', '承诺书样式', '本机构承诺所报材料真实、准确、完整。', '一、按时报送。', '二、如实填写。',
  ].join('\n');
  const o = parseOutline(t);

  it('heads the attachment with its name and the carried letter or report with its own title under it', () => {
    assert.deepEqual(tree(o).slice(3), [
      '1 申请书样式',
      '2 关于将 XXXX 凭证纳入托管试点 ^申请书样',
      '3 一、机构概况 ^关于将 ',
      '3 二、凭证情况 ^关于将 ',
      '1 季度报告样式',
      '2 XXXX 年 X 季度 XXXX 凭证托管报告 ^季度报告',
      '3 一、本季度规模变动情况 ^XXXX',
      '3 二、本季度风险事件情况 ^XXXX',
      '1 承诺书样式',
      '2 一、按时报送 ^承诺书样',
      '2 二、如实填写 ^承诺书样',
    ]);
  });

  it('takes no second title when the name goes on in the next line', () => {
    const u = ['附件1：', '关于将XXXX凭证纳入托管试点的', '申请书', '青禾清算所：', 'XXXX（机构全称）现申请将XXXX凭证纳入托管试点。', '一、机构概况', '包括成立时间等。'].join('\n');
    const p = parseOutline(u);
    assert.ok(!p.headings.some((h) => h.title === '申请书'));
    assert.equal(zoneOf(p, 2), 'title');
  });
});
