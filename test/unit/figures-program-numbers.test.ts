/** The program's own numbers in a code file that keeps a document: no figures (programNumbers.ts). Made-up code. */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: the numbers of a program that keeps a document', () => {
  it('drops font sizes, margins and keyword values of a python-docx script, keeps the strings\' figures', () => {
    const script = [
      'from docx import Document',
      'from docx.shared import Pt, Cm',
      'def para(doc, text, sa=3):',
      '    p = doc.add_paragraph()',
      '    p.paragraph_format.first_line_indent = Cm(0.74)',
      '    run = p.add_run(text)',
      '    run.font.size = Pt(16)',
      '    return p',
      'def build():',
      '    doc = Document()',
      '    para(doc, "全年共接待来访群众120人次，办结率达到98%。", sa=6)',
      '    para(doc, "1. 完成道路修缮3公里。")',
      '    doc.save("out.docx")',
      '',
    ].join('\n');
    assert.deepEqual(brief(script), ['120人次|120|人次|count', '98%|98|%|percent', '3公里|3|公里|length']);
  });
  it('drops a Java service\'s comparisons, returns and arguments, and the index of a test label', () => {
    const service = [
      'import java.util.List;',
      'import java.util.Date;',
      'public class SeedService {',
      '    public int count(List<Node> nodes) {',
      '        if (nodes == null || nodes.size() == 0) return 0;',
      '        return nodes.size();',
      '    }',
      '    private void seed() {',
      '        Node a = new Node("关于做好2025年春耕工作的通知", id, 0, new Date(), "标签1");',
      '        Node b = new Node("事件2", id, 0, new Date(), "标签2");',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(brief(service), ['2025年|"2025"||date']);
  });
  it('keeps the numbers of a page template\'s markup and of a text that is no program', () => {
    assert.deepEqual(brief('<table>\n<tr><td>2016</td><td>35</td></tr>\n</table>\n'), ['2016|2016||other', '35|35||count']);
    assert.deepEqual(brief('全年新建学校5所，其中小学3所。'), ['5所|5|所|count', '3所|3|所|count']);
  });

  it('drops a PHPWord writer\'s style sizes and cell widths, keeps the strings\' figures', () => {
    const php = [
      '<?php',
      'class DocController extends Controller',
      '{',
      '    public function doc()',
      '    {',
      '        $word = new \\PhpOffice\\PhpWord\\PhpWord();',
      "        $word->setDefaultFontSize(16);",
      '        $section = $word->addSection();',
      "        $section->addText('全年接待群众120人次，办结率98%。', ['size' => 14, 'spaceAfter' => 60]);",
      '        $table = $section->addTable();',
      '        $table->addRow(400);',
      "        $table->addCell(2000)->addText('姓名');",
      "        $word->addTableStyle('t', ['borderColor' => '006699', 'bgColor' => '666666']);",
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(brief(php), ['120人次|120|人次|count', '98%|98|%|percent']);
  });
});
