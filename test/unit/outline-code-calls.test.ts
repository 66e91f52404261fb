import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// A document a program writes a paragraph a call, its text the call's string argument
// (codeCalls.ts): a python-docx script, a Java writer. The code round the strings is no part of it.
describe('outline: a document written by calls, one paragraph a call', () => {
  const docxScript = [
    'from docx import Document',
    'from docx.shared import Pt',
    '',
    'def para(doc, text, size=16):',
    '    p = doc.add_paragraph()',
    '    run = p.add_run(text)',
    '    run.font.size = Pt(size)',
    '    return p',
    '',
    'def build():',
    '    doc = Document()',
    '    # ===== 标题 =====',
    '    title(doc, "城南街道环境整治工作会议纪要")',
    '    para(doc, "时间：3月5日上午", size=14)',
    '    para(doc, "地点：街道三楼会议室", size=14)',
    '    para(doc, "主持：街道办事处主任", size=14)',
    '',
    '    # ===== 议题一 =====',
    '    head(doc, "一、听取整治进展情况汇报")',
    '    para(doc, "会议听取了各社区整治进展的汇报，对下一步工作作了部署。")',
    '    para(doc, "会议要求：一是加快拆除违建；二是清理背街小巷。", size=16)',
    '',
    '    head(doc, "二、研究经费安排")',
    '    p = doc.add_paragraph("会议同意从街道预算中安排专项经费，由财务科负责拨付。")',
    '    doc.save("minutes.docx")',
    '',
    'build()',
    '',
  ].join('\n');

  it('reads the strings as the paragraphs: title, parts and inline runs at their line:col', () => {
    const o = parseOutline(docxScript);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title, h.start, h.level]), [
      ['', '城南街道环境整治工作会议纪要', docxScript.indexOf('城南街道'), 1],
      ['一、', '听取整治进展情况汇报', docxScript.indexOf('一、听取'), 2],
      ['一是', '加快拆除违建', docxScript.indexOf('一是'), 3],
      ['二是', '清理背街小巷', docxScript.indexOf('二是'), 3],
      ['二、', '研究经费安排', docxScript.indexOf('二、研究'), 2],
    ]);
  });

  it('takes the levels python-docx\'s add_heading states', () => {
    const report = [
      'from docx import Document',
      'from docx.shared import Pt',
      'import os',
      'doc = Document()',
      "doc.add_heading('河湖巡查工作报告', 0)",
      "doc.add_heading('一、巡查情况', level=1)",
      "doc.add_heading('1.1 巡查范围', level=2)",
      "doc.add_paragraph('本季度共巡查河道十二条，发现问题九处。')",
      "doc.add_heading('1.2 问题整改', level=2)",
      "doc.add_paragraph('发现的问题已全部交办，整改完成七处。')",
      "doc.add_heading('二、下步打算', level=1)",
      "doc.add_paragraph('继续加密巡查频次，建立问题台账。')",
      "doc.save('report.docx')",
      '',
    ].join('\n');
    const o = parseOutline(report);
    assert.deepEqual(o.headings.map((h) => [h.title, h.level]), [
      ['河湖巡查工作报告', 1],
      ['巡查情况', 2],
      ['1.1 巡查范围', 3],
      ['1.2 问题整改', 3],
      ['下步打算', 2],
    ]);
  });

  it('reads a chained writer\'s calls and passes over an argument written over lines', () => {
    const writer = [
      'import com.itextpdf.layout.Document;',
      'import com.itextpdf.layout.element.Paragraph;',
      'public class BriefWriter {',
      '    public void write(Document document) {',
      '        document.add(new Paragraph("防汛工作简报").setFontSize(22))',
      '                .add(new Paragraph("一、雨水情况")',
      '                        .setFont(hei))',
      '                .add(new Paragraph("本周全市平均降雨量较常年同期偏多，主要河道水位平稳。"));',
      '        document.add(new Paragraph(',
      '                "各地要加强巡查，发现险情及时处置，"',
      '                + "确保人员安全。"));',
      '        document.add(new Paragraph("二、下步安排"));',
      '        document.add(new Paragraph("继续做好值班值守，落实各项防范措施，确保安全度汛。"));',
      '        return;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(writer).headings.map((h) => [h.marker, h.title, h.level]), [
      ['', '防汛工作简报', 1],
      ['一、', '雨水情况', 2],
      ['二、', '下步安排', 2],
    ]);
  });

  it('leaves a program\'s messages and filled-in strings as code', () => {
    const printer = [
      'import sys',
      'def report(rows):',
      '    print("一、数据检查：共读取记录，开始校验。")',
      '    print("二、格式检查：字段齐全，没有发现问题。")',
      '    logger.info("三、结果汇总：全部通过，可以导出。")',
      '    console.log("四、导出完成：文件已经写入目录。")',
      '    return 0',
      'if __name__ == "__main__":',
      '    report(sys.argv)',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(printer).headings.map((h) => h.marker), []);
    const filled = [
      'import os',
      'def notify(name, path):',
      '    send_mail(name, f"一、{name}同志：您的材料已收到，正在审核。")',
      '    send_mail(name, f"二、{name}同志：审核已经通过，请领取证书。")',
      '    send_mail(name, f"三、{name}同志：证书已寄出，请注意查收。")',
      '    return os.path.exists(path)',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(filled).headings.map((h) => h.marker), []);
  });

  it('needs a run of calls: two scattered labels are no document', () => {
    const ui = [
      'import tkinter as tk',
      'def main():',
      '    root = tk.Tk()',
      '    add_button(root, "一、导入数据")',
      '    x = compute(3, 4)',
      '    add_button(root, "二、生成报表")',
      '    return root',
      '',
    ].join('\n');
    assert.deepEqual(parseOutline(ui).headings.map((h) => h.marker), []);
  });

  // A PHPWord controller writes its report one `$section->addText(…)` a paragraph; a line break held
  // in a variable may open the string (`$br.'一、…'`), a value may be joined into it, and the page's
  // footer is furniture. Invented text.
  const phpWriter = [
    '<?php',
    'namespace App\\Http\\Controllers;',
    'class ReportController extends Controller',
    '{',
    '    public function export()',
    '    {',
    '        $word = new \\PhpOffice\\PhpWord\\PhpWord();',
    '        $section = $word->addSection();',
    "        $br = \"\\n\\n\";",
    "        $footer = $section->addFooter();",
    "        $footer->addText('某某区农业农村局', ['size' => 9]);",
    "        $section->addText('各位代表：');",
    "        $section->addText($br.'一、去年预算执行情况', ['bold' => true, 'size' => 16]);",
    '        $section->addTextBreak();',
    "        $section->addText($br.'全区一般公共预算收入完成3.2亿元，增长4.1%。', ['size' => 16]);",
    "        $section->addText('（1）' . $data['towns'] . '个乡镇完成年度任务。', 'desc');",
    "        $section->addText('（2）农林水支出1.5亿元，增长6%。', 'desc');",
    "        $section->addText($br.'二、今年预算安排', ['bold' => true]);",
    "        $section->addText($br.'全区一般公共预算收入预计3.4亿元。');",
    "        $writer = \\PhpOffice\\PhpWord\\IOFactory::createWriter($word, 'Word2007');",
    "        $writer->save('report.docx');",
    '    }',
    '}',
    '',
  ].join('\n');

  it('reads a PHPWord writer\'s addText strings, a value joined in, and no footer', () => {
    const o = parseOutline(phpWriter);
    assert.deepEqual(o.headings.map((h) => [h.marker, h.title.trim(), h.start, h.level]), [
      ['一、', '去年预算执行情况', phpWriter.indexOf('一、去年'), 1],
      ['（1）', '个乡镇完成年度任务', phpWriter.indexOf('（1）'), 2],
      ['（2）', '农林水支出1.5亿元，增长6%', phpWriter.indexOf('（2）'), 2],
      ['二、', '今年预算安排', phpWriter.indexOf('二、今年'), 1],
    ]);
  });
});
