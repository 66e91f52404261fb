import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function heads(text: string): Array<[number, string, number, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.level, h.title]);
}

// Invented page openings, in the shapes of the pages of study36/study38 (open31).
const OPENING = '刚才，几位同志分别通报了各自领域的情况，讲得都很好，我都同意。下面，我就做好当前工作再讲几点意见。';
const RUN_ON = '一、认清形势，增强做好今冬明春各项工作的紧迫感今年以来，各乡镇、各部门按照年初部署，扎实推进各项工作，总体形势平稳，全年共办结各类事项一千余件，同比分别下降了十二个百分点和';

describe('open31: a page opening cut by the site, its notice or widgets under the text', () => {
  it('takes a lone 一、 announced by the speaker where a login prompt and a link list follow the cut', () => {
    const text = ['返回', '某某领导讲话', '', '时间:2030-1-6 14:58:10', OPENING + RUN_ON, '请先登录', '', '>', '', '相关推荐'].join('\n');
    const hs = heads(text).filter(([, m]) => m !== '');
    assert.deepEqual(hs.map(([l, m]) => [l, m]), [[4, '一、']]);
  });

  it('takes it where the site says the reading was cut short (试读结束, a paywall)', () => {
    const text = ['市长在全市某某工作例会上的讲话', '同志们: ' + OPENING.replace('意见。', '意见:') + ' ' + RUN_ON.replace('和', '……'), '试读结束,开通会员文档无限下载使用'].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [1, '一、', 2]]);
  });

  it('leaves a lone 一、 alone when the text ends on a finished sentence and only a link list follows', () => {
    const text = ['某某领导讲话', OPENING + RUN_ON.replace(/和$/, '。'), '', '相关推荐'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').length, 0);
  });
});

describe('open31: a preview opening with the outline of the text it sells (目录/提纲)', () => {
  it('reads the names under 目录/提纲：…… closed by a line of dots as a list, not parts', () => {
    const text = ['目录/提纲:……', '一、要进一步认清形势,增强做好工作的紧迫感', '二、明确思路,突出重点,抓好明年工作', '三、以专项整治为抓手,抓好今冬明春工作', '……', '同志们:', '今天这次会议，主要是回顾总结一年来的工作，研究明年的工作思路，部署近期的工作任务。刚才，几位同志通报了', '……(某某网省略826字,正式会员可完整阅读)'].join('\n');
    assert.deepEqual(heads(text), []);
  });

  it('keeps a run under a 提纲 header that no line of dots closes (the parts themselves)', () => {
    const text = ['学习提纲', '一、深刻认识重大意义', OPENING, '二、准确把握主要内容', OPENING].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m !== '').map(([l, m]) => [l, m]), [[1, '一、'], [3, '二、']]);
  });
});

describe('open31: a list rendering doubling the author\'s number (1. 1.…)', () => {
  it('takes the author\'s own number as the marker', () => {
    const items = ['某某会见某国总统', '人民日报社论：把某某工作坚持好', '某某出席某某大会并讲话'];
    const text = ['本期内容简介', '', ...items.map((t, i) => `  ${i + 1}. ${i + 1}.${t};`)].join('\n');
    const hs = heads(text).filter(([, m]) => m !== '');
    assert.deepEqual(hs.map(([l, m, , t]) => [l, m, t]), [[2, '1.', items[0]], [3, '2.', '人民日报社论'], [4, '3.', items[2]]]);
    const cols = parseOutline(text).headings.filter((h) => h.marker !== '').map((h) => h.start - text.lastIndexOf('\n', h.start - 1) - 1);
    assert.deepEqual(cols, [5, 5, 5]);
  });

  it('leaves two different numbers alone (1. 2.5亿元… is an item, not a doubled number)', () => {
    const text = ['  1. 2.5亿元用于某某工程建设；', '  2. 3.6亿元用于某某项目配套；'].join('\n');
    assert.deepEqual(heads(text).map(([, m]) => m), ['1.', '2.']);
  });
});

describe('open31: a daily page titled with its compact date', () => {
  it('reads 20300920《某某联播》文字版 as the page title', () => {
    const text = ['20300920《某某联播》文字版', '', '时事   2030-09-20 23:04   北京', '', '本期内容简介', '', '  1. 1.某某会见某国总统;', '', '  2. 2.某某出席某某大会;'].join('\n');
    const hs = heads(text);
    assert.deepEqual(hs[0].slice(0, 3), [0, '', 1]);
    assert.deepEqual(hs.filter(([, m]) => m !== '').map(([l, m]) => [l, m]), [[6, '1.'], [8, '2.']]);
  });
});

describe('open31: a document site\'s page chunks, the last one cut short', () => {
  it('takes no chunk number for a heading, the short last chunk too', () => {
    const long = '自开展某某活动以来，我镇在上级的关心指导和全镇人民的共同支持下，以百日大会战为载体，以健全长效机制为目标，以开展集中整治行动为重点，治理脏乱差，建设洁齐美，镇容村貌发生了明显改观。';
    const text = ['某某活动进展情况汇报.doc', '1、某某活动进展情况汇报 ' + long + long + '镇办公室制定了三年工作计划', '2、和年度主要工作任务，并以文件形式将任务具体分解到了各村各单位。' + long + long + '三是示范带动', '3、月4日组织镇党政班子、全体镇干部共一百余人,'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => /^\d/.test(m)), []);
  });
});

describe('open31: titles a date or a site name opens', () => {
  const BODY = '一年来，我们紧紧围绕年初确定的目标任务，稳住农业基本盘，抓实项目建设，各项工作取得了新的进展。';

  it('reads 2030年10月02日某某联播文字版 as the page title, not a date line', () => {
    const text = ['2030年10月02日某某联播文字版', '', BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m]) => [l, m]), [[0, '']]);
    const dateOnly = ['2030年10月02日', '', BODY].join('\n');
    assert.deepEqual(heads(dateOnly), []);
  });

  it('reads a report part named by its year (2030年工作回顾) as a title', () => {
    const text = ['某镇政府工作报告', '', '各位代表：', '', BODY, '', '2030年工作回顾', '', BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m, , t]) => [l, m, t]), [[0, '', '某镇政府工作报告'], [6, '', '2030年工作回顾']]);
  });

  it('takes no title from a site banner (某某网 资料文库 …)', () => {
    const text = ['某章网 资料文库 镇政府报告范文', '', '镇政府报告范文', '', '各位代表:', '', BODY].join('\n');
    assert.deepEqual(heads(text).map(([l]) => l), [2]);
  });
});

describe('open31: a government page\'s field list and a preview label', () => {
  const BODY = '2030年，本中心实施项目共十五个，全部按计划完成，资金使用规范，绩效目标基本实现。';

  it('takes no title from a field of a list copied as Markdown bullets (- 发布机构: …)', () => {
    const text = ['- 索引号: abc/2030-00002', '- 发布机构: 某某数据发展中心', '- 文号:', '- 发布日期: 2030-04-29', '- 时效性: 有效', '某某数据发展中心2030年度项目支出绩效单位自评报告', '一、基本情况', BODY, '二、绩效目标', BODY].join('\n');
    const hs = heads(text);
    assert.ok(!hs.some(([, , , t]) => t.includes('发布机构')));
    assert.deepEqual(hs[0].slice(0, 2), [5, '']);
  });

  it('takes no title from a preview label (正文预览) over the text\'s own title', () => {
    const text = ['正文预览', '', '起草讲话稿的苦与乐', '有人说过：笔杆子的活儿不好干。仔细回味这些年所从事的起草工作，我切身体会到了其中的苦与乐。', '一、难在“四关”', '起草工作之'].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '').map(([l, , , t]) => [l, t]), [[2, '起草讲话稿的苦与乐']]);
  });
});

describe('open31: a model-essay site\'s page title over the essay\'s own title', () => {
  const BODY = '全镇按照区委区政府要求，以建设经济强镇为总目标，全面完成年初制定的目标任务。';

  it('keeps both titles, the parts under the essay\'s own', () => {
    const text = ['2030年乡镇年度工作总结范文和2031年工作计划', '', '乡镇2030年工作总结和2031年工作计划', '', '一、2030年工作总结', '', BODY, '', '二、2031年工作计划', '', BODY].join('\n');
    assert.deepEqual(heads(text).map(([l, m, v]) => [l, m, v]), [[0, '', 1], [2, '', 1], [4, '一、', 2], [8, '二、', 2]]);
  });

  it('keeps one title where the second line names no document (a page label under the title)', () => {
    const text = ['2030年乡镇年度工作总结范文', '', '乡镇干部必读资料', '', '一、2030年工作总结', '', BODY, '', '二、2031年工作计划', '', BODY].join('\n');
    assert.deepEqual(heads(text).filter(([, m]) => m === '').map(([l]) => l), [0]);
  });
});
