/**
 * Word files opened as text inside a real VS Code (issue 11): Gangmu: Open as Text and the default
 * editor for .docx show a read-only `speech` document whose symbols and folding come from the
 * converted text and its heading styles; a change on disk shows the new text; a broken file says so.
 * Run alone: GANGMU_TEST_GREP='open as text in VS Code' npm run test:integration
 */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { makeDocx } from '../docxFixtures';
import { CJK_FONT, haveCjkFont, makePdf, type Block } from '../unit/pdfMaker';
import { until } from './wait';
import { workspaceDir, symbolLines } from './workspace';

const EXTENSION_ID = 'gangmu.gangmu';

interface Exports {
  lastConversionMessage(): string | undefined;
  conversionStatus(): { text: string; tooltip: string } | undefined;
}

const FIRST = {
  items: [
    { text: '丁市关于加强服务的通知' },
    { text: '总则', heading: 1 as const },
    { text: '总体要求', level: 0 },
    { text: '正文甲写在这里，投资12亿元。' },
    { text: '指导思想', level: 1 },
    { text: '正文乙。' },
    { text: '工作目标', level: 1 },
    { text: '主要任务', level: 0 },
    { table: [['序号', '事项'], ['1', '登记'], ['2', '审核'], ['3', '发证']] },
  ],
};

describe('open as text in VS Code (Word)', function () {
  this.timeout(120_000);
  let dir: string;
  let api: Exports;
  const files: string[] = [];

  before(async () => {
    dir = workspaceDir();
    const ext = vscode.extensions.getExtension<Exports>(EXTENSION_ID);
    assert.ok(ext, 'extension not found');
    api = await ext.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of files) rmSync(f, { force: true });
  });

  it('opens a .docx as read-only speech text with its outline and folding', async () => {
    const path = join(dir, '通知.docx');
    files.push(path);
    writeFileSync(path, await makeDocx(FIRST));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.ok(editor, `no editor: ${api.lastConversionMessage()}`);
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'gangmu-text');
    assert.ok(doc.uri.path.endsWith('/通知.docx'), doc.uri.path);
    await until('language', () => doc.languageId, (l) => l === 'speech');
    assert.equal(doc.lineAt(2).text, '一、总体要求');
    assert.equal(doc.lineAt(4).text, '（一）指导思想');
    assert.equal(doc.lineAt(8).text, '| 序号 | 事项 |');
    const want = ['1 丁市关于加强服务的通知', '2 总则', '3 一、总体要求', '4 （一）指导思想', '4 （二）工作目标', '3 二、主要任务'];
    await until('symbols', () => symbolLines(doc.uri), (got) => JSON.stringify(got) === JSON.stringify(want));
    const folds = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [];
    assert.ok(folds.some((f) => f.start === 2), `no fold at 一、: ${JSON.stringify(folds)}`);
    // Read-only: VS Code knows the text's file system cannot be written (the editor shows its lock).
    assert.equal(vscode.workspace.fs.isWritableFileSystem('gangmu-text'), false);
  });

  it('shows the new text after the file changes on disk', async () => {
    const path = join(dir, '通知.docx');
    const uri = vscode.Uri.file(path);
    const doc = (await vscode.commands.executeCommand<vscode.TextEditor>('gangmu.openAsText', uri)).document;
    writeFileSync(path, await makeDocx({ items: [...FIRST.items.slice(0, 7), { text: '保障措施', level: 0 }, { text: '强化督查', level: 0 }] }));
    await until('new text', () => doc.getText(), (t) => t.includes('三、强化督查'), 20_000);
    await until('new symbols', () => symbolLines(doc.uri), (got) => got.includes('2 总则') && got.includes('3 三、强化督查'));
  });

  it('opens a .docx with the default editor as text', async () => {
    const path = join(dir, '默认.docx');
    files.push(path);
    writeFileSync(path, await makeDocx({ items: [{ text: '甲项', level: 0 }, { text: '正文。' }, { text: '乙项', level: 0 }] }));
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path));
    const editor = await until('text editor', () => vscode.window.activeTextEditor, (e) => !!e && e.document.uri.scheme === 'gangmu-text' && e.document.uri.path.endsWith('/默认.docx'));
    assert.equal(editor!.document.lineAt(0).text, '一、甲项');
  });

  it('says a broken file cannot be read', async () => {
    const path = join(dir, '坏.docx');
    files.push(path);
    writeFileSync(path, 'this is not a Word file');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.equal(editor, undefined);
    const message = api.lastConversionMessage() ?? '';
    assert.ok(/坏\.docx cannot be read: the file is damaged|无法读取 坏\.docx/.test(message), message);
  });

  it('conversion notes in the status bar: says a Word text is a conversion and what it leaves out, while it is in front', async () => {
    const path = join(dir, '说明.docx');
    files.push(path);
    writeFileSync(path, await makeDocx(FIRST));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.ok(editor, `no editor: ${api.lastConversionMessage()}`);
    const shown = await until('status', () => api.conversionStatus(), (s) => !!s);
    assert.match(shown!.text, /Converted from Word · 1 note$|由 Word 文件转换 · 1 条说明$/);
    assert.match(shown!.tooltip, /^说明\.docx: /);
    assert.match(shown!.tooltip, /• (headers, footers, footnotes, endnotes and comments are not shown|页眉、页脚、脚注、尾注和批注不显示)/);
    // a plain text document in front: the item goes
    const plain = await vscode.workspace.openTextDocument({ content: '一、甲\n正文。', language: 'speech' });
    await vscode.window.showTextDocument(plain);
    await until('status hidden', () => api.conversionStatus(), (s) => s === undefined);
    // back to the converted text: it comes back; clicking it runs the command that lists the notes
    await vscode.window.showTextDocument(editor.document);
    await until('status again', () => api.conversionStatus(), (s) => !!s);
    await vscode.commands.executeCommand('gangmu.showConversionNotes');
  });
});

// Our own invented speech, long enough that its paragraphs wrap over lines and pages (five pages:
// a running head needs several pages to be told from the text).
const PARA = '今年以来，各部门按照年初部署扎实推进各项工作，全区地区生产总值达到128.6亿元，同比增长5.2%，城镇新增就业4300人，服务窗口办件量稳步上升。';
const WORDS = ['窗口', '站点', '热线', '档案', '审批', '登记', '调解', '走访', '培训', '督查', '评议', '回访', '公示'];
/** A paragraph of n sentences that never repeat (a repeated line at a page top would read as a running head). */
const para = (n: number, from: number): string => PARA + Array.from({ length: n }, (_, i) => `第${from + i}批${WORDS[(from + i) % WORDS.length]}事项共办结${(from + i) * 37 % 900 + 100}件，群众满意率${80 + (from + i) % 19}.${(from + i) % 10}%，比上年提高${(from + i) % 7}个百分点。`).join('');
const SPEECH_PDF: Block[] = [
  { kind: 'title', text: '在全区便民服务工作会议上的讲话' },
  { kind: 'para', text: '一、过去一年的工作' },
  { kind: 'para', text: '（一）服务窗口更加便捷' },
  { kind: 'para', text: para(30, 1), indent: true },
  { kind: 'para', text: '（二）办事流程更加简化' },
  { kind: 'para', text: para(34, 40), indent: true },
  { kind: 'pageBreak' },
  { kind: 'para', text: '二、今年的主要任务' },
  { kind: 'para', text: '（一）推进一件事一次办' },
  { kind: 'para', text: para(32, 80), indent: true },
  { kind: 'para', text: '（二）建好基层服务站点' },
  { kind: 'para', text: para(30, 120), indent: true },
];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>在全区便民服务工作会议上的讲话_某区政府网</title></head>
<body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">政务要闻</a></li><li><a href="/open">信息公开</a></li></ul></nav>
<div class="crumb">当前位置：首页 &gt; 政务要闻</div>
<article><h1>在全区便民服务工作会议上的讲话</h1><p>同志们：</p>
<p>一、过去一年的工作</p><p>${PARA}</p><p>${PARA}</p>
<p>二、今年的主要任务</p><p>${PARA}</p><p>${PARA}</p></article>
<aside><h3>相关新闻</h3><ul><li><a href="/a">某区召开安全生产会议</a></li><li><a href="/b">某区开展义务植树活动</a></li></ul></aside>
<footer>主办单位：某区人民政府办公室　版权所有　备案号：某ICP备00000000号</footer></body></html>`;

describe('open as text in VS Code (PDF and web pages)', function () {
  this.timeout(120_000);
  let dir: string;
  let api: Exports;
  const files: string[] = [];

  before(async () => {
    dir = workspaceDir();
    api = await vscode.extensions.getExtension<Exports>(EXTENSION_ID)!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of files) rmSync(f, { force: true });
  });

  it('opens a PDF with the default editor as text: page furniture gone, wrapped paragraphs joined, its outline', async function () {
    if (!haveCjkFont) {
      console.log(`    skipped: no CJK font at ${CJK_FONT} (scripts/bootstrap.sh installs fonts-noto-cjk)`);
      this.skip();
    }
    const path = join(dir, '讲话.pdf');
    files.push(path);
    writeFileSync(path, await makePdf({ blocks: SPEECH_PDF, runningHead: '某区便民服务工作会议材料', pageNumber: (n) => `- ${n} -` }));
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path));
    const editor = await until('text editor', () => vscode.window.activeTextEditor, (e) => !!e && e.document.uri.scheme === 'gangmu-text' && e.document.uri.path.endsWith('/讲话.pdf'), 30_000);
    const doc = editor!.document;
    await until('language', () => doc.languageId, (l) => l === 'speech');
    const text = doc.getText();
    assert.ok(!/- \d+ -/.test(text), 'a page number is left in the text');
    assert.ok(!text.includes('某区便民服务工作会议材料'), 'the running head is left in the text');
    // One paragraph a line: the first paragraph's four sentences stand on one line.
    assert.ok(doc.getText().split('\n').some((l) => l.startsWith(PARA) && l.length >= para(30, 1).length), 'wrapped lines were not joined');
    const want = ['1 在全区便民服务工作会议上的讲话', '2 一、过去一年的工作', '3 （一）服务窗口更加便捷', '3 （二）办事流程更加简化', '2 二、今年的主要任务', '3 （一）推进一件事一次办', '3 （二）建好基层服务站点'];
    await until('symbols', () => symbolLines(doc.uri), (got) => JSON.stringify(got) === JSON.stringify(want));
  });

  it('says a PDF without a text layer is a scan', async function () {
    if (!haveCjkFont) this.skip();
    const path = join(dir, '扫描件.pdf');
    files.push(path);
    writeFileSync(path, await makePdf({ blocks: [{ kind: 'para', text: '看不见的字' }], noText: true }));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.equal(editor, undefined);
    const message = api.lastConversionMessage() ?? '';
    assert.ok(/扫描件\.pdf/.test(message) && /scan|扫描/.test(message), message);
  });

  it('keeps the HTML editor for a web page, and Open as Text shows the article alone with its outline', async () => {
    const path = join(dir, '讲话.html');
    files.push(path);
    writeFileSync(path, PAGE);
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path));
    await until('HTML source editor', () => vscode.window.activeTextEditor, (e) => !!e && e.document.uri.scheme === 'file' && e.document.uri.fsPath === path);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.ok(editor, `no editor: ${api.lastConversionMessage()}`);
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'gangmu-text');
    const text = doc.getText();
    for (const chrome of ['政务要闻', '当前位置', '相关新闻', '某区召开安全生产会议', '版权所有']) assert.ok(!text.includes(chrome), `page chrome left: ${chrome}`);
    assert.equal(doc.lineAt(0).text, '在全区便民服务工作会议上的讲话');
    const got = await until('symbols', () => symbolLines(doc.uri), (g) => g.includes('2 一、过去一年的工作') && g.includes('2 二、今年的主要任务'));
    assert.equal(got[0], '1 在全区便民服务工作会议上的讲话');
  });

  it('conversion notes in the status bar: lists a PDF\'s notes: running heads and page numbers, turned text', async function () {
    if (!haveCjkFont) this.skip();
    const path = join(dir, '水印.pdf');
    files.push(path);
    const blocks: Block[] = [{ kind: 'title', text: '关于某项工作的通知' }, { kind: 'watermark', text: '内部资料注意保存' }, ...SPEECH_PDF.slice(1)];
    writeFileSync(path, await makePdf({ blocks, runningHead: '某区便民服务工作会议材料', pageNumber: (n) => `- ${n} -` }));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('gangmu.openAsText', vscode.Uri.file(path));
    assert.ok(editor, `no editor: ${api.lastConversionMessage()}`);
    const shown = await until('status', () => api.conversionStatus(), (s) => !!s && s.tooltip.startsWith('水印.pdf'));
    assert.match(shown!.text, /(Converted from PDF|由 PDF 文件转换) · \d+ (notes|条说明)$/);
    const notes = shown!.tooltip.split('\n').filter((l) => l.startsWith('• '));
    assert.equal(Number(/· (\d+)/.exec(shown!.text)![1]), notes.length);
    assert.ok(notes.some((l) => /running head, foot and page number lines left out|行页眉、页脚和页码/.test(l)), shown!.tooltip);
    assert.ok(notes.some((l) => /turned text left out|旋转的文字/.test(l)), shown!.tooltip);
  });
});

