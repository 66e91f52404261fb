import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// Invented code (our own words): records written whole on one line, each a title and its text.
function titles(text: string): string[] {
  return parseOutline(text, { format: 'plain' }).headings.map((h) => `${h.level}${h.marker}${h.title}`);
}

describe('read45: one-line records holding a title and a text', () => {
  it('titles each record of a mock news list', () => {
    const t = [
      'export const DEMO_NEWS = [',
      "  { id: 1, title: '青岚县启动春季植树活动', author: '县融媒体中心', content: '3月12日上午，青岚县在北山脚下举行春季义务植树活动，干部群众共栽下树苗两千余株。', tag: 'local' },",
      "  { id: 2, title: '白石镇新建三座便民桥', author: '白石镇', content: '近日，白石镇三座便民桥全部完工通车，沿河两岸群众出行难问题得到解决。', tag: 'local' },",
      "  { id: 3, title: '河湾新区举办人才招聘会', content: '本次招聘会共有八十余家企业参加，提供就业岗位一千二百多个，现场达成意向三百余人。' },",
      '];',
      '',
    ].join('\n');
    assert.deepEqual(titles(t), ['1青岚县启动春季植树活动', '1白石镇新建三座便民桥', '1河湾新区举办人才招聘会']);
  });
  it('reads quoted keys and a body field (Python dicts)', () => {
    const t = [
      'NOTICES = [',
      '    {"title": "关于调整食堂开放时间的通知", "date": "2024-05-06", "body": "各部门：自5月8日起，机关食堂午餐开放时间调整为11时30分至13时，请相互转告。"},',
      '    {"title": "关于开展消防安全检查的通知", "date": "2024-05-09", "body": "各科室：为消除火灾隐患，办公室定于下周对各楼层开展消防安全检查，请提前清理通道杂物。"},',
      ']',
      '',
    ].join('\n');
    assert.deepEqual(titles(t), ['1关于调整食堂开放时间的通知', '1关于开展消防安全检查的通知']);
  });
  it('leaves menus, summaries, labels, people and a single record alone', () => {
    const menu = "const MENU = [\n  { id: 1, title: '通知公告', path: '/notice', icon: 'bell' },\n  { id: 2, title: '政策解读', path: '/policy', icon: 'book' },\n];\n";
    const summary = "const list = [\n  { id: 1, title: '青岚县启动春季植树活动', summary: '干部群众共栽下树苗两千余株，绿化面积进一步扩大，生态环境持续改善。' },\n  { id: 2, title: '白石镇新建三座便民桥', summary: '沿河两岸群众出行难问题得到解决，赶集上学都方便了许多，群众纷纷点赞。' },\n];\n";
    const labels = "const tags = [\n  { id: 1, title: '如何办理居住证', content: '携带身份证' },\n  { id: 2, title: '如何补办社保卡', content: '到社保大厅' },\n];\n";
    const people = "const users = [\n  { id: 1, name: '张明', title: '科长', content: 'ok' },\n  { id: 2, name: '李华', title: '主任', content: 'ok' },\n];\n";
    const single = "const one = [\n  { id: 1, title: '青岚县启动春季植树活动', content: '3月12日上午，青岚县在北山脚下举行春季义务植树活动，干部群众共栽下树苗两千余株。' },\n];\n";
    for (const t of [menu, summary, labels, people, single]) assert.deepEqual(titles(t), []);
  });
});
