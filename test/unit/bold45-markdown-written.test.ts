import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';
import { writtenInMarkdown } from '../../src/core/outline/mdWritten';

// Invented texts (our own words): plain-text files an AI tool or an editor wrote in Markdown.
function outline(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

const BOLD_PARTS = [
  '云溪区2025年工作总结',
  '',
  '**一、基本情况**',
  '',
  '全年共完成投资12.6亿元，同比增长8.3%，各项工作稳步推进。',
  '',
  '**二、存在问题**',
  '',
  '**（一）优化营商环境**',
  '',
  '截至目前，已累计办结事项436件，群众满意率达到97.5%。',
  '',
  '**（二）抓好安全生产**',
  '',
  '各部门要主动担当，密切配合，形成工作合力。',
  '',
  '**三、下一步打算**',
  '',
  '下一步，要持续用力，久久为功，确保各项目标按期完成。',
  '',
].join('\n');

describe('bold45: plain text written in Markdown', () => {
  it('reads bold numbered parts as parts, their titles without the bold marks', () => {
    assert.deepEqual(outline(BOLD_PARTS), ['1云溪区2025年工作总结', '2一、基本情况', '2二、存在问题', '3（一）优化营商环境', '3（二）抓好安全生产', '2三、下一步打算']);
  });
  it('reads `#` headings as the outline, and a bold title line over running text', () => {
    const atx = '# 白石镇关于做好森林防火工作的通知\n\n各村委会，镇直各单位：\n\n## 一、总体要求\n\n各单位要压实责任。\n\n### （一）强化责任落实\n\n要建立台账。\n\n### （二）加强督促检查\n\n要定期通报。\n\n## 二、保障措施\n\n要落实经费。\n';
    assert.deepEqual(outline(atx), ['1白石镇关于做好森林防火工作的通知', '2一、总体要求', '3（一）强化责任落实', '3（二）加强督促检查', '2二、保障措施']);
    const runIn = '**关于松岗乡推进基层治理的实施方案**\n\n为做好基层治理工作，制定本方案。\n\n**一、工作目标**\n\n**（一）健全工作机制。**各村要建立例会制度。\n\n**（二）深化队伍建设。**要配齐网格员。\n\n**二、保障措施**\n\n要加强督查。\n';
    assert.deepEqual(outline(runIn), ['1关于松岗乡推进基层治理的实施方案', '2一、工作目标', '3（一）健全工作机制', '3（二）深化队伍建设', '2二、保障措施']);
  });
  it('takes a part title from the line under its bold number', () => {
    const t = '# 雁栖县教育发展报告\n\n全县教育事业稳步发展。\n\n**01**\n**形势判断**\n\n入学人数持续增长。\n\n**02**\n**发展思路**\n\n坚持优质均衡。\n\n**03**\n**重点工作**\n\n推进集团化办学。\n';
    assert.deepEqual(parseOutline(t, { format: 'plain' }).headings.map((h) => `${h.level}${h.title}`), ['1雁栖县教育发展报告', '2形势判断', '2发展思路', '2重点工作']);
  });
  it('passes an emoji before a bold part and a chat tool\'s lead-in before the title', () => {
    const emoji = '澄江市安全生产工作汇报\n\n📊 **一、全年指标**\n\n全年实现零事故。\n\n🛠️ **二、主要举措**\n\n修订了责任制。\n\n🎯 **三、明年计划**\n\n持续优化应急联动。\n';
    assert.deepEqual(outline(emoji), ['1澄江市安全生产工作汇报', '2一、全年指标', '2二、主要举措', '2三、明年计划']);
    const lead = '好的，以下是为您起草的通知全文，供参考：\n\n---\n\n**关于北塘街道开展消防检查的通知**\n\n各社区：\n\n**一、检查时间**\n\n本月十日至二十日。\n\n**二、检查内容**\n\n消防通道和器材。\n\n---\n\n如需调整，请告诉我。\n';
    assert.deepEqual(outline(lead), ['1关于北塘街道开展消防检查的通知', '2一、检查时间', '2二、检查内容']);
  });
  it('reads the evidence over the document: one stray mark changes nothing', () => {
    assert.equal(writtenInMarkdown(BOLD_PARTS), true);
    assert.equal(writtenInMarkdown('标题\n\n**特别提醒：请于周五前报送。**\n\n一、检查时间\n'), false);
    assert.equal(writtenInMarkdown('**一、总体要求**\n\n正文。\n'), false);
    assert.equal(writtenInMarkdown('# 本文档由系统导出\n\n# 请勿修改本文档\n\n一、网格划分\n'), false);
    assert.equal(writtenInMarkdown('# split decided before reading\n## notes kept here\n'), false);
    assert.equal(writtenInMarkdown('我们要把**群众满意**作为标准，坚持**问题导向**。\n\n**一是**抓落实。\n'), false);
    assert.equal(writtenInMarkdown('```\n**一、代码里的**\n**二、不算**\n```\n'), false);
    const stray = '青岚县2025年政府工作报告\n\n各位代表：现在向大会报告工作，**请各位代表提出意见**。\n\n一、过去一年的工作\n\n全年完成投资12亿元。\n\n二、今年的主要任务\n\n要抓好项目建设。\n';
    assert.deepEqual(outline(stray), outline(stray.replace(/\*\*/g, '')));
  });
});
