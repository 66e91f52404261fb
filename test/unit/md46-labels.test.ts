import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker|title` of every heading the outline gives, in order. */
function rows(text: string): string[] {
  return parseOutline(text, { format: 'markdown' }).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
}

const TAILS = [
  '课题组在三个城市做了对比试验，结果显示新办法比旧办法省下近一半的人力，群众的满意度也明显提高。',
  '这项工作先在两个街道试点，半年后推广到全区，基层干部普遍反映流程清楚、上手很快。',
  '研究人员把过去五年的记录逐条整理，发现问题主要集中在交接环节，随后提出了改进办法。',
  '项目组与当地学校合作建立了观测点，每周记录一次数据，并把结果公开给居民查阅。',
];
let tail = 0;
const body = (s: string): string => `${s}，${TAILS[tail++ % TAILS.length]}`;
const pic = (k: number): string => `![](../assets/img_${k}.png)`;
const head = ['---', 'title: 某研究院年度成果', 'date: 2026-01-05', '---', '', '#  某研究院年度成果发布', '', '原创 某某 某某公众号', '', body('今年研究院共有五项成果入选'), ''];

describe('labelled parts in Markdown copies of articles (md46)', () => {
  it('reads a word and a padded number with a colon as the marker of each listed piece', () => {
    const doc = [
      ...head,
      pic(1), '论文01：**Alpha: A Study of Things**', '', body('论文简介：本文提出新方法'), '',
      '**论文02：****Beta: Another Study**', '', body('论文简介：本文改进旧方法'), '',
      pic(2), '论文03：Gamma Works', '', body('论文简介：本文给出新数据'), '',
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |某研究院年度成果发布', '2 论文01：|Alpha', '2 论文02：|Beta', '2 论文03：|Gamma Works']);
  });

  it('reads Chinese numbers, a label alone and a full stop after the label', () => {
    const bold = [...head, '**案例一：老街改造**', '', body('老街改造'), '', '**案例二：河道治理**', '', body('河道治理'), ''].join('\n');
    assert.deepEqual(rows(bold), ['1 |某研究院年度成果发布', '2 案例一：|老街改造', '2 案例二：|河道治理']);
    const stop = [...head, `原因一。${body('大多数问题出在交接环节')}`, '', `原因二。${body('检查的标准并不统一')}`, '', `原因三。${body('记录常常缺漏')}`, ''].join('\n');
    assert.deepEqual(rows(stop), ['1 |某研究院年度成果发布', '2 原因一|', '2 原因二|', '2 原因三|']);
    const alone = [...head, '变化一', '', '会场回到了大厅', '', body('今年的会场'), '', '变化二', '', '出席的人数增加', '', body('今年的人数'), ''].join('\n');
    assert.deepEqual(rows(alone).slice(0, 1).concat(rows(alone).filter((r) => r.includes('变化'))), ['1 |某研究院年度成果发布', '2 变化一|', '2 变化二|']);
  });

  it('nests a speech run inside a labelled piece under its label', () => {
    const doc = [
      ...head,
      '论文01：**Alpha**', '', '本文的贡献有两点：首先，提出了新的评价办法；其次，公开了全部数据。', '',
      '论文02：**Beta**', '', body('本文研究了旧方法的缺陷'), '',
    ].join('\n');
    assert.deepEqual(rows(doc), ['1 |某研究院年度成果发布', '2 论文01：|Alpha', '3 首先，|提出了新的评价办法', '3 其次，|公开了全部数据', '2 论文02：|Beta']);
  });

  it('reads no captions, field lines, rosters, list items, lone labels or broken counts as parts', () => {
    const captions = [...head, pic(1), '图1：某区试点流程示意', '', body('试点分三步'), '', pic(2), '图2：某区推广流程示意', '', body('推广分两步'), ''].join('\n');
    assert.deepEqual(rows(captions), ['1 |某研究院年度成果发布']);
    const links = [...head, '来源链接1：https://example.org/a/1', '', body('第一篇报道'), '', '来源链接2：https://example.org/a/2', '', body('第二篇报道'), ''].join('\n');
    assert.deepEqual(rows(links), ['1 |某研究院年度成果发布']);
    const roster = [...head, body('到场的嘉宾有'), '', '嘉宾1：某某某', '嘉宾2：某某某', '嘉宾3：某某某', ''].join('\n');
    assert.ok(!rows(roster).some((r) => r.includes('嘉宾')));
    const items = [...head, '- 方案1：先在两个街道试点', '- 方案2：再推广到全区', '', body('两个方案各有长处'), ''].join('\n');
    assert.ok(!rows(items).some((r) => r.includes('方案')));
    const lone = [...head, '案例1：老街改造', '', body('老街改造'), ''].join('\n');
    assert.ok(!rows(lone).some((r) => r.startsWith('2 案例1')));
    const broken = [...head, '样本3：老街', '', body('老街'), '', '样本7：河道', '', body('河道'), ''].join('\n');
    assert.ok(!rows(broken).some((r) => r.includes(' 样本')));
  });

  it('reads a field name with a number under a code and a length cell as a table cell, not a label (pdf56)', () => {
    // (a notice carrying a data interface flattened one cell a line, as a PDF's text layer gives it:
    // each field's code, length, name and note on lines of their own)
    const cells = [
      '关于调整某某业务数据接口的通知', '各会员单位：', '现将有关事项通知如下：', '一、某某业务的登记，按照《业务办法》第三条办理。',
      '二、数据接口规范详见附件。', '某某交易所', '二○三一年三月四日', '',
      '附件', '某某业务数据接口', '一、mx（明细文件）', '数据填写说明：', '字段名', '长度', '说明',
      'ABCD1', '5', '业务单元1', '交易单元', '交易单元',
      'ABCD2', '5', '业务单元2', '结算单元', '结算单元',
      'PQ1', '17', '价格1', '到期成交价格，百元价',
      'PQ2', '17', '价格2', '提前终止成交价格，百元价', 'JE1', '19',
    ].join('\n');
    for (const format of ['markdown', 'plain'] as const) {
      const got = parseOutline(cells, { format }).headings.map((h) => `${h.level} ${h.marker}|${h.title}`);
      assert.ok(!got.some((r) => /业务单元|价格/.test(r)), `${format}: ${got.join(' / ')}`);
    }
    // (a label under a blank line keeps its reading: a page's number above it stands apart)
    const paged = [...head, '变化1', '', body('会场回到了大厅'), '', '3', '', '变化2', '', body('出席的人数增加'), ''].join('\n');
    assert.deepEqual(rows(paged).filter((r) => r.includes('变化')), ['2 变化1|', '2 变化2|']);
  });
});
