import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';
import { recordView, takeRecordReading } from '../../src/core/outline/recordLines';
import type { Outline } from '../../src/core/types';

/** Our own short notice, as its lines. */
const NOTICE_LINES = [
  '各街道办事处：',
  '　　一、明确工作目标',
  '　　今年计划新建口袋公园12个，改造老旧小区30个。',
  '　　（一）抓好规划编制。各街道要在3月底前报送方案。',
  '　　（二）抓好资金保障。区财政安排专项资金。',
  '　　二、压实工作责任',
  '　　（一）建立工作台账。逐项明确责任人。',
  '　　（二）加强督查考核。定期通报进展。',
];

/** [marker, title, level] of every heading, and a check that each heading's offsets select its words in the text. */
function read(text: string, o: Outline): Array<[string, string, number]> {
  for (const h of o.headings) {
    assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker, `marker of ${h.title} at ${h.start}`);
    assert.ok(h.titleEnd >= h.titleStart && h.end >= h.titleEnd && h.end <= text.length);
  }
  return o.headings.map((h) => [h.marker, h.title, h.level]);
}

function jsonString(s: string): string {
  return JSON.stringify(s);
}

describe('one-line records: a document whose lines are encoded in one line', () => {
  const asLines = read(NOTICE_LINES.join('\n'), parseOutline(NOTICE_LINES.join('\n')));

  it('reads the same outline as its real lines gives (the reference)', () => {
    assert.deepEqual(asLines.map((h) => h[0] + h[1]), ['一、明确工作目标', '（一）抓好规划编制', '（二）抓好资金保障', '二、压实工作责任', '（一）建立工作台账', '（二）加强督查考核']);
  });

  it('reads block tags inside one line as line breaks', () => {
    const text = NOTICE_LINES.map((l) => `<p style="text-indent:2em">${l}</p>`).join('') + '\n';
    const o = parseOutline(text);
    assert.deepEqual(read(text, o), asLines);
    // every heading sits on the file's one line, at the column of its marker
    assert.equal(o.lineStarts.length, 2);
    const h = o.headings[1];
    assert.equal(text.slice(h.titleStart, h.titleEnd), '抓好规划编制');
  });

  it('reads a JSON record: escapes are not content; the title field, on the line of the other fields, is its level-1 title', () => {
    const content = NOTICE_LINES.join('\n').replace(/\u3000/g, '\\u3000');
    const text = `{"id":48213,"url":"http://www.example.gov.cn/art/2024/3/5/art_1.html","title":"关于推进城市更新工作的通知","pubdate":"2024-03-05 10:20:33","content":${jsonString(content).replace(/\\\\u3000/g, '\\u3000')}}\n`;
    assert.ok(text.includes('\\u3000\\u3000一、'));
    const o = parseOutline(text);
    const got = read(text, o);
    assert.deepEqual(got.map((h) => h[0] + h[1]), ['关于推进城市更新工作的通知', ...asLines.map((h) => h[0] + h[1])]);
    assert.equal(got[0][2], 1);
    assert.equal(got[1][2], 2);
    assert.equal(text.slice(o.headings[0].titleStart, o.headings[0].titleEnd), '关于推进城市更新工作的通知');
  });

  it('reads a JSON record written with \\u escapes for every character (a dump in ASCII)', () => {
    const content = NOTICE_LINES.join('\n');
    const ascii = JSON.stringify({ title: '关于推进城市更新工作的通知', content }).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    const o = parseOutline(ascii);
    const got = o.headings.map((h) => h.marker + h.title);
    assert.ok(got.includes('一、明确工作目标') && got.includes('（二）加强督查考核'), got.join(' | '));
    const h = o.headings.find((x) => x.marker === '一、')!;
    assert.equal(ascii.slice(h.start, h.start + 12), '\\u4e00\\u3001');
  });

  it('gives each record of a dump its own document: its title field a level-1 title, its parts under it', () => {
    const line = (i: number): string => JSON.stringify({ id: i, title: `关于第${i}批城市更新项目的通知`, content: NOTICE_LINES.map((l) => `<p>${l}</p>`).join('') });
    const text = [1, 2, 3].map(line).join('\n') + '\n';
    const o = parseOutline(text);
    const tops = o.headings.filter((h) => h.level === 1).map((h) => h.marker + h.title);
    assert.deepEqual(tops, [1, 2, 3].map((i) => `关于第${i}批城市更新项目的通知`));
    assert.deepEqual(o.headings.filter((h) => h.level === 2).map((h) => h.marker + h.title), Array(3).fill(['一、明确工作目标', '二、压实工作责任']).flat());
    // the second record's 一、 hangs under the second record's title, nothing of the first record
    const second = o.headings.filter((h) => h.marker === '一、')[1];
    assert.equal(o.headings[second.parent!].title, '关于第2批城市更新项目的通知');
    // each record's headings on its own line of the file, its parts ending within it
    for (const h of o.headings) {
      const lineOf = (p: number): number => o.lineStarts.filter((s) => s <= p).length;
      assert.equal(lineOf(h.start), lineOf(Math.max(h.start, h.end - 1)));
    }
  });

  it('reads a SQL dump: one INSERT with several rows, `\\r\\n` escapes and doubled quotes', () => {
    const content = NOTICE_LINES.join('\\r\\n').replace('报送方案', '报送\'\'一图一表\'\'方案');
    const row = (id: number, title: string, body: string): string => `(${id},'${title}','${body}','2024-03-05')`;
    const text = `INSERT INTO notice VALUES ${row(7, '关于推进城市更新工作的通知', content)},${row(8, '测试', '短文本')};\n`;
    const o = parseOutline(text);
    const got = read(text, o);
    assert.deepEqual(got.map((h) => h[0] + h[1]), ['关于推进城市更新工作的通知', ...asLines.map((h) => h[0] + h[1])]);
  });

  it('reads a CSV row whose quoted cell holds the text with <br>, its title cell unquoted', () => {
    const cell = NOTICE_LINES.join('<br>').replace('报送方案', '报送""一图一表""方案');
    const text = `id,title,date,content\n7,关于推进城市更新工作的通知,2024-03-05,"${cell}"\n`;
    const got = read(text, parseOutline(text));
    assert.deepEqual(got.map((h) => h[0] + h[1]), ['关于推进城市更新工作的通知', ...asLines.map((h) => h[0] + h[1])]);
  });

  it('reads markup a site stored as entities (`&lt;p&gt;`) and a string a line of code assigns', () => {
    const escaped = `(9,'关于推进城市更新工作的通知','${NOTICE_LINES.map((l) => `&lt;p&gt;${l}&lt;/p&gt;`).join('')}',NULL),\n`;
    assert.deepEqual(read(escaped, parseOutline(escaped)).map((h) => h[0] + h[1]), ['关于推进城市更新工作的通知', ...asLines.map((h) => h[0] + h[1])]);
    const code = `  content: "${NOTICE_LINES.join('<br>')}",\n`;
    const o = parseOutline(code);
    assert.deepEqual(read(code, o).map((h) => h[0] + h[1]), asLines.map((h) => h[0] + h[1]));
  });

  it('leaves a data line alone when no field of it holds a document', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `{"id":${i},"name":"第${i}项","note":"说明\\n补充"}`).join(',');
    const text = `[${rows}]\n`;
    assert.equal(recordView(text)!.text, text);
  });

  it('reads paragraphs a scraper joined on one line after their sentence ends', () => {
    const text = NOTICE_LINES.join('') + '\n';
    const o = parseOutline(text);
    assert.deepEqual(read(text, o).map((h) => h[0] + h[1]), asLines.map((h) => h[0] + h[1]));
  });

  it("reads the figures of the document without its escapes; the record's other fields give theirs in the metadata zone", () => {
    const content = NOTICE_LINES.join('\n');
    const text = JSON.stringify({ id: 48213, title: '关于推进城市更新工作的通知', pubdate: '2024-03-05 10:20:33', content })
      .replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n';
    const o = parseOutline(text);
    const all = extractFigures(text, o);
    // the record's readable date and time are dates, in the metadata zone; its id is no figure (recordCodes.ts)
    assert.deepEqual(all.filter((f) => f.zone === 'metadata').map((f) => text.slice(f.start, f.end)), ['2024-03-05', '10:20:33']);
    const figs = all.filter((f) => f.zone !== 'metadata');
    assert.deepEqual(figs.map((f) => [f.value, f.unit]), [[12, '个'], [30, '个'], ['--03', '']]);
    // each figure starts at its digits in the file, and sits in its part
    for (const f of figs) assert.match(text.slice(f.start, f.end), /^[0-9]/);
    assert.equal(o.headings[figs[0].section!].title, '明确工作目标');
    // the same document with real lines has the same figures
    const plain = extractFigures(content, parseOutline(content));
    assert.deepEqual(plain.map((f) => [f.value, f.unit]), figs.map((f) => [f.value, f.unit]));
  });

  it('keeps the figures of a row whose text holds no line break, though the outline leaves that row out', () => {
    const rows = [
      "(7, '区政府召开常务会议', '2021-03-02 10:00:00', '会议指出，全区去年完成固定资产投资120亿元，增长8.5%。要坚持稳中求进。', 'admin')",
      `(8, '区政府部署春季工作', '2021-03-03 09:00:00', '${NOTICE_LINES.join('\\r\\n')}', 'admin')`,
    ];
    const text = `INSERT INTO \`news\` VALUES ${rows.join(', ')};\n`;
    const o = parseOutline(text);
    assert.ok(!o.headings.some((h) => h.title.includes('常务会议')), 'the row without breaks gives no heading');
    const figs = extractFigures(text, o).filter((f) => f.zone !== 'metadata');
    assert.deepEqual(figs.map((f) => [f.value, f.unit]), [[12000000000, '元'], [8.5, '%'], [12, '个'], [30, '个'], ['--03', '']]);
    assert.equal(text.slice(figs[0].start, figs[0].end), '120亿元');
  });

  it("gives the figures the outline's reading of the records (read once), and the same figures without it", () => {
    const content = NOTICE_LINES.join('\n');
    const jsonl = [1, 2].map((k) => JSON.stringify({ id: 500 + k, title: `关于第${k}批城市更新项目的通知`, pubdate: `2024-0${k}-05 10:20:33`, content })).join('\n') + '\n';
    const mixedSql = "INSERT INTO `news` VALUES (7, '区政府召开常务会议', '2021-03-02 10:00:00', '会议指出，全区去年完成固定资产投资120亿元，增长8.5%。', 'admin'), "
      + `(8, '区政府部署春季工作', '2021-03-03 09:00:00', '${NOTICE_LINES.join('\\r\\n')}', 'admin');\n`;
    const csv = 'id,title,body\n' + [3, 4].map((k) => `${k},第${k}号通知,"${NOTICE_LINES.join('<br/>')}"`).join('\n') + '\n';
    for (const text of [jsonl, mixedSql, csv]) {
      const o = parseOutline(text);
      assert.ok(o.records);
      // kept with the outline: the view the figures read, and the engine's outline of it where the
      // outline read the same view (not where a row gave its prose alone: the SQL's first row)
      const kept = takeRecordReading(o, text);
      assert.ok(kept);
      assert.equal(kept.viewOutline !== null, text !== mixedSql);
      assert.equal(takeRecordReading(o, text), null, 'taken once');
      const fresh = parseOutline(text);
      const withReading = extractFigures(text, fresh);
      // a copy of the outline carries no reading: the records are read again, to the same figures
      assert.deepEqual(extractFigures(text, { ...fresh }), withReading);
      assert.deepEqual(extractFigures(text, fresh), withReading);
      assert.ok(withReading.some((f) => f.zone === 'metadata') && withReading.some((f) => f.zone !== 'metadata'));
    }
    // an option that changes the engine's reading (families) keeps the view, not the outline of it
    const narrowed = parseOutline(jsonl, { families: ['title'] });
    assert.equal(takeRecordReading(narrowed, jsonl)?.viewOutline, null);
    assert.ok(takeRecordReading(parseOutline(jsonl, { format: 'plain', onStageTime: () => {} }), jsonl)?.viewOutline);
  });

  it('reads a statute a scraper flattened onto one line with single spaces: title, chapters and articles', () => {
    const flat = '某区河道保洁管理办法 第一章 总则 第一条 为做好河道保洁工作，制定本办法。 第二条 本办法适用于本区河道。'
      + ' 第三条 区水务部门负责组织实施。 第二章 保洁要求 第四条 河面应当无漂浮垃圾。 第五条 保洁人员应当每日巡查。 第三章 附则 第六条 本办法自印发之日起施行。\n';
    for (const text of [flat, flat.replace(/ /g, '\u3000')]) {
      const o = parseOutline(text);
      assert.deepEqual(o.headings.map((h) => `${h.level} ${h.marker}${h.title}`), [
        '1 某区河道保洁管理办法', '2 第一章总则', '3 第一条为做好河道保洁工作，制定本办法', '3 第二条本办法适用于本区河道', '3 第三条区水务部门负责组织实施',
        '2 第二章保洁要求', '3 第四条河面应当无漂浮垃圾', '3 第五条保洁人员应当每日巡查', '2 第三章附则', '3 第六条本办法自印发之日起施行',
      ]);
      for (const h of o.headings) if (h.marker) assert.equal(text.slice(h.start, h.start + h.marker.length), h.marker);
    }
    // a paragraph of a normal text that quotes an article after a sentence's end stays one paragraph
    assert.equal(parseOutline('依照本办法处理。 第三条规定的情形除外，其余按照有关规定执行，不再另行通知，请各单位遵照执行并及时反馈落实情况和存在的问题。\n').headings.length, 0);
  });

  it('reads a statute flattened onto one line with nothing between its paragraphs: chapters, articles counted on, items', () => {
    const text = '各街道办事处：现将《某区河道保洁管理办法》印发给你们，请认真贯彻执行。某区人民政府2024年3月1日某区河道保洁管理办法第一章  总    则'
      + '第一条  为做好河道保洁工作，依照本办法第九条的精神，制定本办法。第二条  本办法适用于本区河道。第三条  区水务部门负责组织实施。'
      + '第二章  保洁要求第四条  保洁单位应当符合下列条件：（一）有固定的作业场所；（二）有专职保洁人员；（三）有必要的作业船只。'
      + '第五条  保洁人员应当每日巡查，发现问题依照第九条处理。第六条  本办法自印发之日起施行。\n';
    const o = parseOutline(text);
    assert.deepEqual(read(text, o).map(([m, t, l]) => `${l} ${m}${t}`), [
      '1 第一章总    则', '2 第一条为做好河道保洁工作，依照本办法第九条的精神，制定本办法', '2 第二条本办法适用于本区河道', '2 第三条区水务部门负责组织实施',
      '1 第二章保洁要求', '2 第四条保洁单位应当符合下列条件',
      '2 第五条保洁人员应当每日巡查，发现问题依照第九条处理', '2 第六条本办法自印发之日起施行',
    ]);
    // a record's field that opens with the first article (`'第一条 …`)
    const field = "  text: '第一条 本办法适用于本区河道的日常保洁和巡查工作，各街道办事处应当做好配合。第二条 区水务部门负责组织实施本办法，并对保洁单位的作业质量进行考核，考核结果向社会公布。第三条 保洁单位应当每日巡查河面，发现漂浮垃圾、水面油污和岸坡杂物的，应当及时清理并做好记录。'\n";
    assert.deepEqual(parseOutline(field).headings.map((h) => h.marker), ['第一条', '第二条', '第三条']);
    // two articles and a citation are no flattened statute: the paragraph stays whole
    assert.equal(parseOutline('会议指出，第一条要求加强管理。第二条规定了具体措施，各单位要依照第五条执行，并把落实情况及时报送区政府办公室，不得拖延，确保各项工作取得实效，请各单位认真贯彻。\n').headings.length, 0);
  });

  it('reads a record whose content opens with its title (split over two <p>) on the line of its fields with no title heading', () => {
    const body = '<p>各街道办事处：</p><p>　　为做好河道保洁工作，现提出如下意见。</p><p>　　一、明确工作目标</p><p>　　今年全区河道保洁覆盖率达到百分之百。</p>'
      + '<p>　　二、压实工作责任</p><p>　　各街道要建立河长制工作台账，逐项明确责任人。</p>';
    const text = "INSERT INTO policy (id, title, content) VALUES (3, '某区关于加强河道保洁工作的意见', '<p>某区关于加强</p> <p>河道保洁工作的意见</p>" + body + "');\n";
    const o = parseOutline(text);
    assert.deepEqual(read(text, o).map(([m, t, l]) => `${l} ${m}${t}`), ['1 一、明确工作目标', '1 二、压实工作责任']);
  });

  it('reads a JSON record cut short inside its content (an API sample, a truncated dump)', () => {
    const text = '{"id":"7","columnName":"数据解析","content":"<p><strong>某区农业发展情况分析<\\/strong><\\/p><p>　　今年全区农业保持平稳发展。<\\/p>'
      + '<p><strong>一、粮食生产稳定<\\/strong><\\/p><p>　　全区粮食播种面积保持稳定，单产有所提高。<\\/p><p><strong>二、畜牧业稳步发展<\\/strong><\\/p><p>　　生猪出栏继续增长，规模养殖比重提高。<\\/p>\n';
    const o = parseOutline(text);
    // (its headline opens the content on the line of the record's fields: no title heading)
    assert.deepEqual(read(text, o).map(([m, t, l]) => `${l} ${m}${t}`), ['1 一、粮食生产稳定', '1 二、畜牧业稳步发展']);
  });

  it('breaks a flattened notice at every `　　` indent: its signature, its date and the plan\'s title stand apart', () => {
    const p = '各单位要按照要求抓好落实，确保各项任务按期完成。';
    const text = ['各区人民政府：', `《某市春耕生产工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。`, '某市人民政府办公厅', '2031年3月5日',
      '某市春耕生产工作方案', `为做好今年春耕生产工作，制定本方案。`, '一、提高认识', p, '二、压实责任', p, '三、加强督查', p].join('\u3000\u3000') + '\n';
    const o = parseOutline(text);
    assert.deepEqual(read(text, o).map(([m, t, l]) => `${l} ${m}${t}`), ['1 某市春耕生产工作方案', '2 一、提高认识', '2 二、压实责任', '2 三、加强督查']);
    // a letter-spaced word (`若　干　措　施`, a title's second half) is not broken
    const spaced = text.replace('某市春耕生产工作方案', '关于做好春耕生产的\u3000\u3000若\u3000干\u3000措\u3000施');
    assert.ok(recordView(spaced)!.text.includes('的\u3000\u3000若\u3000干'));
  });

  it('reads a plan flattened with nothing between its paragraphs: parts counted on after a sentence\'s end, items after it or after the part\'s title', () => {
    const p = '各地要结合实际抓好落实，确保取得实效。';
    const text = '为做好今年的春耕生产工作，现就有关事项通知如下：一、总体要求坚持稳中求进，统筹推进各项工作。' + '二、强化组织保障（一）加强领导。' + p + '（二）压实责任。' + p
      + '三、加大支持力度（三）加强资金保障。' + p + '（四）强化督促检查。' + p + '四、营造良好氛围各地要加强宣传引导。' + p + '\n';
    const o = parseOutline(text);
    assert.deepEqual(read(text, o).map(([m, , l]) => `${l} ${m}`), ['1 一、', '1 二、', '2 （一）', '2 （二）', '1 三、', '2 （三）', '2 （四）', '1 四、']);
    // two parts are no flattened plan inside a document with lines of its own; a page flattened
    // whole onto one line and cut short is read from its first part (recordLines soloBreaks)
    const two = '现就有关事项通知如下：一、总体要求坚持稳中求进，统筹推进各项工作。' + p.repeat(4) + '二、强化组织保障各地要加强领导。' + p.repeat(3) + '\n';
    const head = '某某县关于做好春耕生产工作的通知\n各乡镇：\n' + (p.repeat(3) + '\n').repeat(3);
    // (runs37: its lines stay as they are; its two parts, each after a sentence's end or the colon,
    // are a run of parts inside a paragraph, markers.ts matchInlineDun)
    assert.equal(recordView(head + two), null);
    assert.deepEqual(parseOutline(head + two).headings.filter((h) => h.marker).map((h) => h.marker), ['一、', '二、']);
    assert.deepEqual(parseOutline(two).headings.map((h) => h.marker), ['一、', '二、']);
    // (the words other lines may hold over it: 120 characters, set over short lines, and no more)
    const over = (n: number): string => '某'.repeat(n).match(/.{1,30}/g)!.join('\n') + '\n';
    assert.deepEqual(parseOutline(over(120) + two).headings.filter((h) => h.marker).map((h) => h.marker), ['一、', '二、']);
    // (past that, no page read whole from one line: its parts are read inside the paragraph, runs37)
    assert.equal(recordView(over(121) + two), null);
    assert.deepEqual(parseOutline(over(121) + two).headings.filter((h) => h.marker).map((h) => h.marker), ['一、', '二、']);
    const mentioned = '会议研究了第一、二、三、四批项目的安排，' + p.repeat(4) + '一、二、三类地区分别执行。' + p.repeat(3) + '\n';
    assert.equal(parseOutline(mentioned).headings.length, 0);
  });

  it('does not break a paragraph before the markers a sentence runs through (一是, 首先)', () => {
    const para = '会议要求，各单位要抓好落实： 一是加强组织领导，明确责任分工。 二是强化督促检查，确保按期完成。 三是做好宣传引导，营造良好氛围。';
    const text = `<p>各街道办事处：</p><p>　　${para}${para}</p><p>　　特此通知。</p>\n`;
    const v = recordView(text)!;
    assert.ok(v.text.includes('。 二是强化'), v.text);
  });

  it('leaves texts without encoded breaks alone', () => {
    assert.equal(recordView(NOTICE_LINES.join('\n')), null);
    // a long line with one break in it is no record
    assert.equal(recordView('各单位：' + '正文内容。'.repeat(60) + '<br/>' + '正文内容。'.repeat(10)), null);
  });

  it('never throws on broken records', () => {
    const odd = ['{"content":"一、' + '\\'.repeat(3), '<p>一、<p' + '<'.repeat(300), "INSERT INTO t VALUES ('a\\r\\n\\r\\n\\r\\n", '"' + '\\n'.repeat(200), '\\u30', '&#xZZ;&#99999999;'];
    for (const s of odd) {
      const t = s + '正文。'.repeat(50) + '\\n一、标题\\n二、标题\\n三、标题';
      assert.doesNotThrow(() => parseOutline(t));
    }
  });

  it('stays linear on a code file of thousands of string records (each record looks only at its own headings)', () => {
    const unit = [
      'const items = [',
      "  '一、关闭时间：本次关闭自某年某月起，为期三天。',",
      "  '二、关闭范围：涉及区域若干处，请提前安排。',",
      '  "<p>三、注意事项</p>" +',
      "  { id: 3, views: 120, title: '关于做好某项工作的通知' },",
      '];',
    ].join('\n') + '\n';
    parseOutline(unit.repeat(500));
    let t0 = Date.now();
    parseOutline(unit.repeat(4000));
    const ts = Date.now() - t0;
    t0 = Date.now();
    const o = parseOutline(unit.repeat(40000));
    const tb = Date.now() - t0;
    assert.ok(o.headings.length >= 80000);
    // records × headings took 27 s on the big text (1.7 s now); linear work is about 10× the small one.
    // A ratio only: an absolute cap failed under a loaded machine (14 s at load 19, ratio 4).
    assert.ok(tb < 25 * ts + 300, `small ${ts} ms, big ${tb} ms`);
  });

  it('stays linear on a 1 MB single line', () => {
    const unit = '<p>　　（一）加强组织领导。各单位要高度重视，确保按期完成任务。</p><p>　　正文一段，说明有关情况。</p>\\r\\n';
    const make = (n: number): string => '{"title":"关于某项工作的通知","content":"' + unit.repeat(n) + '"}';
    const small = make(2000);
    const big = make(17000);
    assert.ok(big.length > 1_000_000);
    let t0 = Date.now();
    parseOutline(small);
    const ts = Date.now() - t0;
    t0 = Date.now();
    const o = parseOutline(big);
    const tb = Date.now() - t0;
    assert.ok(o.headings.length > 1000);
    assert.ok(tb < 40 * ts + 500, `small ${ts} ms, big ${tb} ms`);
  });
});
