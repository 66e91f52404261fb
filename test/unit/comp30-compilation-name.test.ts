import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isCompilationName } from '../../src/core/outline/anatomy/pageOpenings';

// Invented pages in the shape of a site's compilation of speeches (comp30): the site's banner, the
// compilation's name, the 来源/发布时间 bar, then each piece's title over its salutation.
function titles(text: string): Array<[number, number, string]> {
  const o = parseOutline(text);
  return o.headings.filter((h) => h.marker === '').map((h) => {
    const line = text.slice(0, h.start).split('\n').length - 1;
    return [line, h.level, h.title];
  });
}

describe('comp30: a compilation\'s own name over its first piece', () => {
  const page = [
    '青禾党建网 | 首页 > 学习园地 > 讲话选编 | 登录 注册',
    '基层党建工作会议讲话选编（2篇）',
    '来源：青禾党建网　　作者：组织科　　发布时间：2026-04-02 09:15　　浏览次数：88',
    '在全县抓党建促振兴工作推进会上的讲话',
    '同志们：',
    '今天召开这次会议，主要是总结去年的工作，安排今年的任务。去年全县选派驻村干部120名，整顿软弱涣散村党组织9个，成绩值得肯定。',
    '一、选优配强班子',
    '各乡镇要对所有村的班子运行情况开展一次分析研判，对不胜任、不称职的及时调整，确保班子坚强有力。',
    '二、壮大集体经济',
    '每个乡镇至少培育2个集体经济收入超过30万元的示范村，坚决防止一哄而上搞同质化项目。',
    '在全县村干部培训班开班式上的讲话',
    '同志们：',
    '这期培训班共有学员80名，借开班的机会，我讲两点意见，希望大家认真学习、学有所获，切实提高本领。',
  ].join('\n');

  it('makes the name a title of its own at level 1, beside the pieces\' titles', () => {
    assert.deepEqual(titles(page), [
      [1, 1, '基层党建工作会议讲话选编（2篇）'],
      [3, 1, '在全县抓党建促振兴工作推进会上的讲话'],
      [10, 1, '在全县村干部培训班开班式上的讲话'],
    ]);
  });

  it('keeps the first piece\'s parts under the piece', () => {
    const o = parseOutline(page);
    const part = o.headings.find((h) => h.marker === '一、')!;
    assert.equal(part.level, 2);
    assert.equal(o.headings[part.parent!].title, '在全县抓党建促振兴工作推进会上的讲话');
  });

  it('reads the shapes of a compilation\'s name, not a document\'s title', () => {
    for (const s of ['基层党建工作会议讲话选编（3篇）', '某镇2023年政府工作报告汇编(35篇)', '市长安全生产讲话(通用3篇)',
      '有关房屋租赁合同模板汇编五篇', '全市经济工作会议讲话汇编', '年度述职报告（精选多篇）']) assert.ok(isCompilationName(s), s);
    for (const s of ['在全县经济工作会议上的讲话', '关于印发某某办法的通知', '第一篇', '汇编', '关于做好法规汇编工作的通知，请遵照执行']) {
      assert.ok(!isCompilationName(s), s);
    }
  });

  it('leaves a page\'s headline over the same document\'s title one title said twice, not a compilation', () => {
    const single = [
      '青禾法规网 | 首页 > 法规 | 登录',
      '某某市地方性法规汇编',
      '来源：青禾法规网　　发布时间：2026-01-02 09:00',
      '某某市地方性法规汇编',
      '第一条　为了规范本市地方性法规的汇编工作，根据有关法律法规，结合本市实际，制定本办法。',
      '第二条　本办法适用于本市行政区域内的法规汇编工作，各有关部门应当按照职责分工做好相关工作。',
    ].join('\n');
    const o = parseOutline(single);
    const arts = o.headings.filter((h) => h.marker.startsWith('第'));
    assert.equal(arts.length, 2);
    for (const a of arts) assert.equal(a.level, 2);
  });

  // A 文库 preview of a compilation, its text layer flattened into page chunks (`1、`, `2、`…).
  const flat = [
    '1、某某镇2024年政府工作报告汇编(3篇)目录1.2024年东溪镇政府工作报告 2.2024年西岭镇政府工作报告 3.南湖镇2024年政府工作报告 2024年东溪镇政府工作报告各位代表:现在,我代表东溪镇人民政府,向大会作政府工作报告,请予审议。过去一年,全镇地区生产总值增长6.2%,一般公共预算收入完成1.3亿元,各项事业取得新进展。一年来,我们坚持把项目建设作为推动发展的主抓手,全年实施重点项目18个,完成投资4.6亿元,其中新开工项目9个,竣工投产项目6个,为全镇经济持续健康发展积蓄了后劲,也为今年的工作打下了坚实的基础。回顾过去一年的工作,我们深刻体会到,只有坚持发展第一要务,才能不断增强全镇的综合实力和群众的获得感,只有坚持改革创新,才能不断激发发展活',
    '2、力。今年全镇工作的总体要求是,坚持稳中求进工作总基调,统筹发展和安全,奋力推动全镇经济社会高质量发展,确保完成全年各项目标任务。全镇上下要进一步解放思想、真抓实干,以更加饱满的热情、更加务实的作风、更加有力的举措,推动各项工作落地见效,全力打造产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的美丽城镇,以优异成绩回报全镇人民的信任和期待,为全县发展大局作出新的更大贡献。',
  ].join('\n');

  it('reads a flattened compilation\'s name before its 目录, and the first piece\'s title said again over the salutation', () => {
    const o = parseOutline(flat);
    const ts = o.headings.filter((h) => h.marker === '').map((h) => [h.start, h.level, h.title]);
    const at = flat.indexOf('2024年东溪镇政府工作报告各位代表');
    assert.deepEqual(ts, [
      [2, 1, '某某镇2024年政府工作报告汇编(3篇)'],
      [at, 1, '2024年东溪镇政府工作报告'],
    ]);
  });

  it('leaves a flattened contents alone when the name before it names one document', () => {
    const one = flat.replace('某某镇2024年政府工作报告汇编(3篇)', '某某镇2024年政府工作报告');
    const o = parseOutline(one);
    assert.ok(!o.headings.some((h) => h.marker === '' && h.title.startsWith('某某镇2024年')));
  });
});
