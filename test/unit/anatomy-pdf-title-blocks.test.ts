import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import type { Outline, ZoneName } from '../../src/core';

// Invented documents: names, numbers and dates are made up. They are laid out as a PDF's text
// layer gives them: the title broken wherever the line ran out, paragraphs hard-wrapped.

function zoneOf(o: Outline, line: number): ZoneName | undefined {
  return o.zones?.find((z) => z.firstLine <= line && line <= z.lastLine)?.zone;
}
function tree(o: Outline): string[] {
  return o.headings.map((h) => `${h.level} ${h.marker}${h.title.slice(0, 8)}${h.parent === null ? '' : ' ^' + o.headings[h.parent].marker + o.headings[h.parent].title.slice(0, 4)}`);
}

describe('title blocks of PDF conversions', () => {
  // A clearing house's guide: its own name opens its title (set alone on the first line), the
  // title runs on over two more lines, and its 发文字号 stands in brackets under it.
  const guide = [
    '青禾甲乙登记结算有限责任公司',
    '丙丁养老基金投资涉及的',
    '甲乙登记结算业务指南',
    '（青禾结算业〔2031〕2 号）',
    '第一条为保证丙丁养老基金（以下简称养老基金）参与',
    '甲乙市场的正常投资活动，保障其资产的安全，根据有关',
    '法律法规和本公司业务规则，制定本指南。',
    '第二条本指南适用于养老基金投资涉及的甲乙账户管理',
    '及相关的登记、托管、结算等业务。',
    '1',
    '',
    '第三条托管人开立养老基金甲乙账户应当提供以下材料：',
    '（一）《甲乙账户开立申请表》；',
    '（二）托管人营业执照复印件。',
    '第四条本指南由本公司负责解释。',
    '2',
  ].join('\n');

  it('reads the issuer’s name over two more lines and the 发文字号 under them as one title', () => {
    const o = parseOutline(guide);
    assert.deepEqual(tree(o).slice(0, 4), [
      '1 青禾甲乙登记结算',
      '2 第一条为保证丙丁养老基 ^青禾甲乙',
      '2 第二条本指南适用于养老 ^青禾甲乙',
      '2 第三条托管人开立养老基 ^青禾甲乙',
    ]);
    assert.equal(zoneOf(o, 2), 'title');
    assert.equal(zoneOf(o, 3), 'metadata');
    // (no 发文字号 under the block and no 关于: the three lines stay as they were, no title block)
    const noNumber = guide.replace('（青禾结算业〔2031〕2 号）\n', '');
    assert.notEqual(zoneOf(parseOutline(noNumber), 1), 'title');
    // (the third line names no kind of document: no title block)
    const noKind = guide.replace('甲乙登记结算业务指南', '甲乙登记结算业务');
    assert.notEqual(zoneOf(parseOutline(noKind), 0), 'title');
  });

  // An exchange's notice whose 关于…的通知 title broke after an enumeration comma.
  const notice = [
    '关于3 月9 日开展甲乙、丙丁、戊己、',
    '庚辛、壬癸等平台相关业务联调测',
    '试的通知',
    '各参与单位：',
    '本所定于2031 年3 月9 日（周六）组织开展甲乙、丙丁、戊',
    '己等平台相关业务联调测试，请各单位做好准备工作。',
    '一、测试安排',
    '测试当日9:00 开始，15:30 结束，测试环境同生产环境。',
    '二、反馈要求',
    '请各单位于测试结束后提交测试反馈表。',
    '特此通知。',
    '某某交易所',
    '二〇三一年三月四日',
  ].join('\n');

  it('starts a title broken after an enumeration comma on its first line', () => {
    const o = parseOutline(notice);
    assert.deepEqual(tree(o), ['1 关于3 月9 日', '2 一、测试安排 ^关于3 ', '2 二、反馈要求 ^关于3 ']);
    assert.equal(zoneOf(o, 0), 'title');
    assert.equal(zoneOf(o, 2), 'title');
  });

  it('reads a Markdown copy’s title over two lines above its first article, an attachment’s title after the articles notwithstanding', () => {
    // (a `.md` copy of a PDF: no `#` heading; the issuer's name alone on the first line, the guide's
    // name on the second, the articles right under them, a form as the attachment after the body,
    // the converter's metadata block at the end)
    const md = [
      '青禾甲乙登记结算有限责任公司',
      '丙丁定向管理登记结算业务指南',
      '第一条 为便于丙丁定向管理业务的开展，根据有关法律法规和本公司',
      '业务规则，制定本指南。',
      '第二条 本指南适用丙丁定向管理业务涉及的账户管理及相关登记结',
      '算等业务。',
      '第三条 本指南由本公司负责解释。',
      '',
      '附件 1：',
      '丙丁账户转换申请表',
      '账户持有人',
      '姓名／全称',
      '证券账户号',
      '',
      '<metadata>',
      '{',
      '  "title": "20310105_青禾甲乙登记结算有限责任公司丙丁定向管理登记结算业务指南",',
      '  "file_format": "pdf",',
      '  "page_count": 3',
      '}',
      '</metadata>',
    ].join('\n');
    const o = parseOutline(md, { format: 'markdown' });
    assert.deepEqual(tree(o), [
      '1 青禾甲乙登记结算',
      '2 第一条为便于丙丁定向管 ^青禾甲乙',
      '2 第二条本指南适用丙丁定 ^青禾甲乙',
      '2 第三条本指南由本公司负 ^青禾甲乙',
      '1 丙丁账户转换申请',
    ].concat(tree(o).slice(5)));
  });
});
