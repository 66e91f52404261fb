import { strict as assert } from 'node:assert';
import { parseOutline, computeLineStarts, positionAt } from '../../src/core';
import type { Outline } from '../../src/core';

// Invented documents (official51): names, places, numbers and dates are made up.

function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

/** A paragraph as a CMS editor writes it on one line of the content cell. */
const p = (t: string): string => `<p style="margin-top: 0px; text-indent: 2em;">${t}</p>`;
const centre = (t: string): string => `<p style="text-align: center;"><span style="font-weight: bold;">${t}</span></p>`;

/** A government page: its record set one cell a line, the notice's paragraphs all on one line of its content cell. */
function page(article: string[], extra: string[] = []): string {
  return [
    '<div class="frame">',
    ' <table class="record">',
    '  <tr>',
    '   <td><b>索 引 号：</b></td>',
    '   <td>000111222/2031-00042</td>',
    '   <td><b>主题分类：</b></td>',
    '   <td>农业\\林业</td>',
    '  </tr>',
    '  <tr>',
    '   <td><b>标　　题：</b></td>',
    '   <td colspan="3">青禾县人民政府办公室关于做好秋季护林防火工作的通知</td>',
    '  </tr>',
    '  <tr>',
    '   <td><b>发文字号：</b></td>',
    '   <td>青政办发〔2031〕9号</td>',
    '   <td><b>发布日期：</b></td>',
    '   <td>2031年10月08日</td>',
    '  </tr>',
    ' </table>',
    ...extra,
    ' <table class="content">',
    '  <tr>',
    '   <td id="CONTENT">' + article.join(' ') + '</td>',
    '  </tr>',
    ' </table>',
    ' <div class="tools">扫一扫在手机打开当前页</div>',
    '</div>',
  ].join('\n');
}

const NOTICE = [
  '<p style="text-align: center;"><span style="font-weight: bold;">青禾县人民政府办公室</span><br> <span style="font-weight: bold;">关于做好秋季护林防火工作的通知</span></p>',
  p('青政办发〔2031〕9号'),
  p('各乡镇人民政府，县政府各部门：'),
  p('入秋以来天干物燥，林区火险等级持续偏高。为做好秋季护林防火工作，保护森林资源和群众生命财产安全，现就有关事项通知如下：'),
  p('一、压实防火责任。各乡镇要落实属地责任，把护林防火任务分解到村组和护林员，做到山有人管、林有人护、火有人防。'),
  p('二、加强巡山检查。各护林站要加密巡山频次，重点时段和重点地段安排专人值守，及时劝阻野外用火行为。'),
  p('三、做好扑救准备。县应急管理局要会同林业部门检查扑火物资储备，组织扑火队伍开展演练，确保拉得出、打得赢。'),
  '<p style="text-align: right;">青禾县人民政府办公室</p>',
  '<p style="text-align: right;">2031年10月8日</p>',
];

describe('official51: a government page with its article on one line', () => {
  it("the notice's title in the content cell heads its parts; the record's cells are no headings", () => {
    assert.deepEqual(tree(parseOutline(page(NOTICE))), [
      '1 青禾县人民政府办公室',
      '2 一、压实防火责任 ^青禾县人',
      '2 二、加强巡山检查 ^青禾县人',
      '2 三、做好扑救准备 ^青禾县人',
    ]);
  });

  it('every heading is placed back on the file line of the content cell', () => {
    const text = page(NOTICE);
    const o = parseOutline(text);
    const ls = computeLineStarts(text);
    const cell = text.split('\n').findIndex((l) => l.includes('id="CONTENT"'));
    for (const h of o.headings) assert.equal(positionAt(ls, h.start).line, cell, h.title);
    assert.equal(text.slice(o.headings[1].start, o.headings[1].start + 2), '一、');
  });

  it("a value under the record's last label that is empty stays the document's: the title under the record is still read", () => {
    const extra = [' <table class="keywords">', '  <tr>', '   <td><b>主 题 词：</b></td>', '   <td></td>', '  </tr>', ' </table>'];
    assert.equal(tree(parseOutline(page(NOTICE, extra)))[0], '1 青禾县人民政府办公室');
  });

  it("a page's headline in an <h2> broken by <br> over the one-line content: the headline is the title, the 文号 under it metadata", () => {
    const text = [
      '<div class="article">',
      '  <h2 id="title">青禾县人民政府<br>关于印发青禾县秋季植树造林<br>实施方案的通知</h2>',
      '  <h4><span>青政发〔2031〕12号</span></h4>',
      '  <div class="body">',
      '    ' + [
        '<p>各乡镇人民政府，县政府各部门：</p>',
        '<p>　　现将《青禾县秋季植树造林实施方案》印发给你们，请认真贯彻执行。</p>',
        '<p style="text-align: right;">　　青禾县人民政府</p>',
        '<p style="text-align: right;">　　2031年9月2日</p>',
        '<p style="text-align: center;">　　<strong>青禾县秋季植树造林实施方案</strong></p>',
        '<p>　　为绿化家园、改善人居环境，结合本县实际，制定本方案。</p>',
        '<p>　　<strong>一、目标任务。</strong>今年秋季全县完成植树造林任务，新增绿地若干处，林木覆盖率稳步提升，荒山荒坡基本得到绿化，城乡人居环境明显改善，群众对绿化工作的满意度进一步提高。</p>',
        '<p>　　<strong>二、工作措施。</strong>各乡镇要动员群众广泛参与，落实管护责任，确保苗木成活率。县林业局要做好苗木调运和技术指导，组织技术人员深入田间地头，帮助解决栽植和管护中遇到的困难和问题。</p>',
        '<p>　　<strong>三、组织保障。</strong>各乡镇要成立植树造林工作专班，主要负责同志亲自部署、亲自督促，县政府督查室将适时开展督查，对工作推进不力的乡镇予以通报。</p>',
      ].join(''),
      '  </div>',
      '</div>',
    ].join('\n');
    assert.deepEqual(tree(parseOutline(text)), [
      '1 青禾县人民政府',
      '1 青禾县秋季植树造林实施方案',
      '2 一、目标任务 ^青禾县秋',
      '2 二、工作措施 ^青禾县秋',
      '2 三、组织保障 ^青禾县秋',
    ]);
  });
});
