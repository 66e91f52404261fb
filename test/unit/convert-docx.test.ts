/**
 * Word → text (src/convert/docx.ts) on .docx files the tests make: with the `docx` package (the
 * parts Word itself writes) and, for the finer numbering rules, with numbering.xml / styles.xml
 * written here and zipped with fflate.
 */
import { strict as assert } from 'node:assert';
import { zipSync, strToU8 } from 'fflate';
import { LevelFormat } from 'docx';
import { convertDocx } from '../../src/convert/docx';
import { chineseCount, formatNumber } from '../../src/convert/numFormat';
import { convertKindOf } from '../../src/convert/load';
import { convertErrorMessage } from '../../src/convert/messages';
import type { ConvertErrorCode } from '../../src/convert/types';
import type { ConvertedText, ConvertResult } from '../../src/convert/types';
import { makeDocx } from '../docxFixtures';

async function text(bytes: Uint8Array): Promise<ConvertedText> {
  const r = await convertDocx(bytes, { name: 'test.docx' });
  if (!r.ok) assert.fail(`conversion failed: ${r.error.code} ${r.error.detail ?? ''}`);
  return r.value;
}

function lines(v: ConvertedText): string[] {
  return v.text.split('\n');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx from hand-written parts: the body's paragraphs, numbering.xml and styles.xml content. */
function rawDocx(body: string, numbering = '', styles = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

function p(textValue: string, numId?: number, ilvl?: number, style?: string): string {
  const num = numId === undefined ? '' : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
  const st = style ? `<w:pStyle w:val="${style}"/>` : '';
  return `<w:p><w:pPr>${st}${num}</w:pPr><w:r><w:t>${textValue}</w:t></w:r></w:p>`;
}

function lvl(ilvl: number, fmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}

describe('convert: docx', () => {
  it('renders the four official-document levels as Word shows them (一、 （一） 1. （1）)', async () => {
    const v = await text(
      await makeDocx({
        items: [
          { text: '甲市推进工作的意见' },
          { text: '总体要求', level: 0 },
          { text: '指导思想', level: 1 },
          { text: '坚持问题导向', level: 2 },
          { text: '摸清底数', level: 3 },
          { text: '建立台账', level: 3 },
          { text: '突出重点', level: 2 },
          { text: '工作目标', level: 1 },
          { text: '主要任务', level: 0 },
          { text: '加强统筹', level: 1 },
        ],
      }),
    );
    assert.deepEqual(lines(v), [
      '甲市推进工作的意见',
      '一、总体要求',
      '（一）指导思想',
      '1. 坚持问题导向',
      '（1）摸清底数',
      '（2）建立台账',
      '2. 突出重点',
      '（二）工作目标',
      '二、主要任务',
      '（一）加强统筹',
    ]);
  });

  it('renders every number format Word offers for Chinese lists', async () => {
    const cases: { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; want: string[] }[] = [
      { format: LevelFormat.CHINESE_COUNTING, text: '%1、', want: ['一、', '二、', '三、'] },
      { format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '%1、', want: ['一、', '二、', '三、'] },
      { format: LevelFormat.IDEOGRAPH_TRADITIONAL, text: '%1、', want: ['甲、', '乙、', '丙、'] },
      { format: LevelFormat.DECIMAL, text: '%1.', want: ['1. ', '2. ', '3. '] },
      { format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', want: ['①', '②', '③'] },
      { format: LevelFormat.UPPER_LETTER, text: '%1.', want: ['A. ', 'B. ', 'C. '] },
      { format: LevelFormat.LOWER_LETTER, text: '%1)', want: ['a) ', 'b) ', 'c) '] },
      { format: LevelFormat.UPPER_ROMAN, text: '%1.', want: ['I. ', 'II. ', 'III. '] },
      { format: LevelFormat.LOWER_ROMAN, text: '%1.', want: ['i. ', 'ii. ', 'iii. '] },
    ];
    const lists: Record<string, { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }[]> = {};
    const items: { text: string; level: number; list: string }[] = [];
    cases.forEach((c, i) => {
      lists[`l${i}`] = [{ level: 0, format: c.format, text: c.text }];
      for (let k = 0; k < 3; k++) items.push({ text: `条目${k}`, level: 0, list: `l${i}` });
    });
    const got = lines(await text(await makeDocx({ items, lists })));
    cases.forEach((c, i) => {
      for (let k = 0; k < 3; k++) assert.equal(got[i * 3 + k], `${c.want[k]}条目${k}`, `${c.format} item ${k}`);
    });
  });

  it('formats large counters as Word does', () => {
    assert.equal(chineseCount(10), '十');
    assert.equal(chineseCount(11), '十一');
    assert.equal(chineseCount(20), '二十');
    assert.equal(chineseCount(105), '一百零五');
    assert.equal(chineseCount(1010), '一千零一十');
    assert.equal(chineseCount(12000), '一万二千');
    assert.equal(formatNumber(23, 'chineseCounting'), '二十三');
    assert.equal(formatNumber(105, 'chineseCounting'), '一〇五');
    assert.equal(formatNumber(105, 'chineseCountingThousand'), '一百零五');
    assert.equal(formatNumber(11, 'ideographTraditional'), '甲');
    assert.equal(formatNumber(21, 'decimalEnclosedCircle'), '㉑');
    assert.equal(formatNumber(51, 'decimalEnclosedCircle'), '51');
    assert.equal(formatNumber(27, 'upperLetter'), 'AA');
    assert.equal(formatNumber(1994, 'upperRoman'), 'MCMXCIV');
    assert.equal(formatNumber(12, 'chineseLegalSimplified'), '壹拾贰');
    assert.equal(formatNumber(3, 'no-such-format'), '3');
  });

  it('restarts a list for a new instance (w:startOverride) and continues it otherwise', async () => {
    const got = lines(
      await text(
        await makeDocx({
          items: [
            { text: '甲', level: 0 },
            { text: '乙', level: 0 },
            { text: '正文一段。' },
            { text: '丙', level: 0 },
            { text: '丁', level: 0, instance: 2 },
            { text: '戊', level: 0, instance: 2 },
          ],
        }),
      ),
    );
    assert.deepEqual(got, ['一、甲', '二、乙', '正文一段。', '三、丙', '一、丁', '二、戊']);
  });

  it('honours w:start, w:lvlRestart, w:isLgl, a start override and a level override', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1部分"/><w:suff w:val="space"/></w:lvl>' +
      lvl(1, 'decimal', '%1.%2', '<w:isLgl/>') +
      lvl(2, 'decimal', '（%3）', '<w:lvlRestart w:val="1"/>') +
      '</w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2">' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl></w:lvlOverride></w:num>';
    const body = [
      p('甲', 1, 0),
      p('乙', 1, 1),
      p('丙', 1, 2),
      p('丁', 1, 1),
      p('戊', 1, 2), // level 3 restarts only after level 1: goes on at (2)
      p('己', 1, 0),
      p('庚', 1, 2), // restarted by level 1
      p('辛', 2, 0), // startOverride 7
      p('壬', 2, 0),
      p('癸', 3, 2), // the overridden level's own format (restarted by 辛)
    ].join('');
    const got = lines(await text(rawDocx(body, numbering)));
    assert.deepEqual(got, ['第三部分 甲', '3.1 乙', '（1）丙', '3.2 丁', '（2）戊', '第四部分 己', '（1）庚', '第七部分 辛', '第八部分 壬', '①癸']);
  });

  it('takes numbering and heading levels from paragraph styles and the styles they are based on', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="5">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Part"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="Section"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="部分标题"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="节标题"/><w:basedOn w:val="Part"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 3"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="my heading"/><w:basedOn w:val="a3"/></w:style>';
    const body = [
      p('总体要求', undefined, undefined, 'Part'),
      p('指导思想', undefined, undefined, 'Section'),
      p('一段正文。'),
      p('细目', undefined, undefined, 'Mine'),
      p('主要任务', undefined, undefined, 'Part'),
      `<w:p><w:pPr><w:outlineLvl w:val="3"/></w:pPr><w:r><w:t>自定大纲级别</w:t></w:r></w:p>`,
      p('不编号', 0, 0, 'Part'), // numId 0 turns the style's numbering off
    ].join('');
    const v = await text(rawDocx(body, numbering, styles));
    assert.deepEqual(lines(v), ['一、总体要求', '（一）指导思想', '一段正文。', '细目', '二、主要任务', '自定大纲级别', '不编号']);
    assert.deepEqual(v.headings, [
      { line: 0, level: 1 },
      { line: 1, level: 2 },
      { line: 3, level: 3 },
      { line: 4, level: 1 },
      { line: 5, level: 4 },
      { line: 6, level: 1 },
    ]);
  });

  it('gives Heading 1… styles of the docx package as headings', async () => {
    const v = await text(
      await makeDocx({
        items: [{ text: '第一章 总则', heading: 1 }, { text: '正文。' }, { text: '第一节 目的', heading: 2 }, { text: '正文。' }],
      }),
    );
    assert.deepEqual(v.headings, [{ line: 0, level: 1 }, { line: 2, level: 2 }]);
  });

  it('writes a table as piped rows the outline reads as a table', async () => {
    const v = await text(
      await makeDocx({
        items: [
          { text: '一、情况' , },
          { table: [['序号', '地区', '产量（吨）'], ['1', '东区', '12.5'], ['2', '西|区', '8']] },
          { text: '二、打算' },
        ],
      }),
    );
    assert.deepEqual(lines(v), ['一、情况', '| 序号 | 地区 | 产量（吨） |', '| --- | --- | --- |', '| 1 | 东区 | 12.5 |', '| 2 | 西\\|区 | 8 |', '二、打算']);
  });

  it('keeps line breaks and tabs, drops deleted and hidden text and field codes', async () => {
    const body =
      '<w:p><w:r><w:t>上半</w:t><w:br/><w:t>下半</w:t><w:tab/><w:t>尾</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>留</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:drawing><w:t>图中字</w:t></w:drawing><w:t>图后</w:t></w:r></w:p>' +
      // A tracked change of the paragraph's properties: the old numbering and style are not shown.
      '<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Old"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>改后</w:t></w:r></w:p>';
    const numbering = '<w:abstractNum w:abstractNumId="0">' + lvl(0, 'decimal', '%1.') + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const v = await text(rawDocx(body, numbering));
    assert.deepEqual(lines(v), ['上半', '下半\t尾', '留5', '图后', '改后']);
    assert.ok(v.notes?.some((n) => n.en.includes('1 image') && n.zh.includes('1 张图片')));
  });

  it('says broken, encrypted or too large, and never throws', async () => {
    const code = (r: ConvertResult) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(await convertDocx(new Uint8Array([1, 2, 3]), { name: 'a.docx' })), 'broken');
    assert.equal(code(await convertDocx(new Uint8Array(0), { name: 'a.docx' })), 'broken');
    const good = await makeDocx({ items: [{ text: '正文。' }] });
    assert.equal(code(await convertDocx(good.slice(0, good.length >> 1), { name: 'a.docx' })), 'broken');
    assert.equal(code(await convertDocx(zipSync({ 'x.txt': strToU8('hello') }), { name: 'a.docx' })), 'broken');
    assert.equal(code(await convertDocx(rawDocx('<w:p><w:r><w:t>坏</w:r></w:p>'), { name: 'a.docx' })), 'broken');
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.equal(code(await convertDocx(ole, { name: 'a.docx' })), 'encrypted');
    assert.equal(code(await convertDocx(good, { name: 'a.docx', maxBytes: 100 })), 'too-large');
    assert.equal(code(await convertDocx(good, { name: 'a.docx' })), 'ok');
    // Random damage anywhere: an answer, never an exception.
    for (let i = 0; i < 200; i++) {
      const bad = good.slice();
      for (let k = 0; k < 4; k++) bad[(i * 7919 + k * 104729) % bad.length] ^= 0x5a;
      const r = await convertDocx(bad, { name: 'a.docx' });
      assert.ok(r.ok || ['broken', 'too-large'].includes(r.error.code));
    }
  });

  it('has one message per error code in English and Chinese, naming the file', () => {
    const codes: ConvertErrorCode[] = ['broken', 'encrypted', 'scanned', 'too-large', 'unsupported'];
    const seen = new Set<string>();
    for (const code of codes) {
      const m = convertErrorMessage({ code }, '报告.docx', 'docx', 64 << 20);
      assert.ok(m.en.includes('报告.docx') && m.zh.includes('报告.docx'), code);
      assert.ok(/[\u4e00-\u9fff]{4}/.test(m.zh.replace('报告', '')) && !/[\u4e00-\u9fff]/.test(m.en.replace('报告', '')), code);
      seen.add(m.en);
    }
    assert.equal(seen.size, codes.length);
    assert.match(convertErrorMessage({ code: 'too-large' }, 'a.pdf', 'pdf', 200 << 20).en, /more than 200 MB/);
  });

  it('knows which files it converts by their extension', () => {
    assert.equal(convertKindOf('报告.DOCX'), 'docx');
    assert.equal(convertKindOf('/a/b/page.htm'), 'html');
    assert.equal(convertKindOf('x.html'), 'html');
    assert.equal(convertKindOf('scan.pdf'), 'pdf');
    assert.equal(convertKindOf('speech.txt'), undefined);
    assert.equal(convertKindOf('old.doc'), undefined);
  });
});
