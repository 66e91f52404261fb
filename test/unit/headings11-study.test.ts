import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker title` of every heading the outline gives, in order. */
function rows(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  return parseOutline(text, { format }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

/** A short statute written for these tests, hard-wrapped as a PDF's text (no blank lines, no Markdown). */
const WRAPPED_STATUTE = [
  '某某市街道树木保护办法',
  '(2020年1月2日某某市第一届人民代表大会常务委员',
  '会第三次会议通过 根据2021年4月5日某某市第一届人',
  '民代表大会常务委员会第六次会议修正)',
  '第一条 为了保护街道两旁的树木,改善城市环境,根据有',
  '关法律,制定本办法。',
  '第二条 本市街道两旁的树木由园林部门统一管理。',
  '第三条 下列行为应当禁止:',
  ' (一)在树干上钉钉子;',
  ' (二)擅自砍伐或者移植树木。',
  '第四条 本办法自2022年1月1日起施行。',
  '',
].join('\n');

describe('headings of statutes (study of holdout11)', () => {
  it('reads a .md file that writes no Markdown at all as plain text: the title over the articles is kept', () => {
    const plain = rows(WRAPPED_STATUTE, 'plain');
    assert.deepEqual(plain, [
      '1 某某市街道树木保护办法', '2 第一条为了保护街道两旁的树木,改善城市环境,根据有', '2 第二条本市街道两旁的树木由园林部门统一管理',
      '2 第三条下列行为应当禁止', '3 (一)在树干上钉钉子', '3 (二)擅自砍伐或者移植树木', '2 第四条本办法自2022年1月1日起施行',
    ]);
    assert.deepEqual(rows(WRAPPED_STATUTE, 'markdown'), plain);
  });

  it('still reads Markdown where the file writes any (emphasis, a list, a link)', () => {
    const md = ['**某某市街道树木保护办法**', '', '第一条 为了保护街道两旁的树木,制定本办法。', '', '第二条 本办法自公布之日起施行。', ''].join('\n');
    const o = parseOutline(md, { format: 'markdown' });
    // the bold line is read through Markdown (its title has no asterisks)
    assert.ok(o.headings.every((h) => !h.title.includes('*')));
  });

  it('reads the whole 目录 list as a table of contents when the body opens with its first item again, though the text stops after a few chapters', () => {
    const law = [
      '某某市公园管理条例', '',
      '目录', '',
      '第一章　总则', '', '第二章　规划和建设', '', '第三章　保护和管理', '', '第四章　法律责任', '', '第五章　附则', '',
      '第一章　总则', '',
      '第一条　为了加强公园管理，为市民提供休闲场所，制定本条例。', '',
      '第二条　本市行政区域内公园的规划、建设、保护和管理，适用本条例。', '',
      '第二章　规划和建设', '',
      '第三条　市园林部门应当会同有关部门编制公园发展规划，报市人民政府批准。', '',
      '第四条　新建公园应当符合公园发展规划，配套建设必要的服务设施。', '',
    ].join('\n');
    assert.deepEqual(rows(law), [
      '1 某某市公园管理条例', '2 第一章总则', '3 第一条为了加强公园管理，为市民提供休闲场所，制定本条例', '3 第二条本市行政区域内公园的规划、建设、保护和管理，适用本条例',
      '2 第二章规划和建设', '3 第三条市园林部门应当会同有关部门编制公园发展规划，报市人民政府批准', '3 第四条新建公园应当符合公园发展规划，配套建设必要的服务设施',
    ]);
  });

  it('reads a list of chapters standing one under another with nothing between as a table of contents, with or without 目录 over it', () => {
    const decision = [
      '某某市人民代表大会常务委员会关于修改《某某市公园管理条例》的决定', '',
      '第一章 总则', '第二章 规划和建设', '第三章 保护和管理', '第四章 附则', '',
      '某某市人民代表大会常务委员会决定对《某某市公园管理条例》作如下修改：',
      '一、第三条修改为：“市园林部门负责全市公园的管理。”',
      '二、第九条删去。', '',
    ].join('\n');
    assert.deepEqual(rows(decision), ['1 某某市人民代表大会常务委员会关于修改《某某市公园管理条例》的决定', '2 一、第三条修改为', '2 二、第九条删去']);
    // chapters that open parts (articles under each) stay headings
    const law = [
      '某某市公园管理条例', '',
      '第一章 总则', '', '第一条 为了加强公园管理，制定本条例。', '',
      '第二章 规划和建设', '', '第二条 新建公园应当符合规划。', '',
      '第三章 附则', '', '第三条 本条例自公布之日起施行。', '',
    ].join('\n');
    assert.deepEqual(rows(law).filter((r) => r.includes('章')), ['2 第一章总则', '2 第二章规划和建设', '2 第三章附则']);
  });

  it('reads `附：` alone on a line as the label of an appended text whose title heads a new tree', () => {
    const text = [
      '某某市市树保护办法',
      '第一条 为了保护市树，制定本办法。',
      '第二条 市树为香樟。',
      '第三条 本办法自公布之日起施行。',
      '附：',
      '香樟养护说明',
      '(一)春季修剪枯枝。',
      '(二)夏季注意防虫。',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '1 某某市市树保护办法', '2 第一条为了保护市树，制定本办法', '2 第二条市树为香樟', '2 第三条本办法自公布之日起施行',
      '1 香樟养护说明', '2 (一)春季修剪枯枝', '2 (二)夏季注意防虫',
    ]);
  });

  it('reads a page source\'s <h1> whose words stand on the next line, wrapped by a <br>, as one title', () => {
    const page = [
      '<?php', '$this->title = \'讲话\';', '?>', '',
      '<div class="page">', '    <h1 style="font-weight: bold;">',
      '        在某某市植树节纪念活动<br>暨绿化动员大会上的讲话', '    </h1>',
      '    <p>同志们：</p>',
      '    <p>今天，我们在这里召开大会，动员全市上下行动起来，种好树、管好树，让城市更绿、更美。</p>',
      '    <p>过去一年，全市新增绿地一百多公顷，市民身边的公园越来越多，大家的获得感不断增强。</p>',
      '</div>', '',
    ].join('\n');
    const o = parseOutline(page, { format: 'plain' });
    assert.deepEqual(o.headings.map((h) => `${h.level} ${h.title}`), ['1 在某某市植树节纪念活动暨绿化动员大会上的讲话']);
  });

  it('reads a date whose year writes zero with the letter O (二OO六年…) as a date line, never a title', () => {
    const notice = [
      '某某市人民政府关于印发某某市河道保洁规定的通知', '',
      '各区人民政府,市直各部门:', '',
      '《某某市河道保洁规定》已经市人民政府常务会议讨论通过,现印发给你们,请认真遵照执行。', '',
      '二OO六年三月二十日', '',
      '某某市河道保洁规定', '',
      '第一条 为了保持河道整洁,制定本规定。', '',
      '第二条 河道保洁实行属地管理。', '',
    ].join('\n');
    assert.ok(rows(notice).every((r) => !r.includes('二OO六年')));
  });
});

