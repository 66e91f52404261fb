import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { concatenatedHtmlText } from '../../src/core/outline/codeStrings';

/** A page's HTML a program builds by concatenating string literals a line each (our own short files). */
describe('HTML built by concatenating literals, in any language', () => {
  const swift = [
    'import UIKit',
    '',
    'class NoticeViewController: UIViewController {',
    '    override func viewDidLoad() {',
    '        super.viewDidLoad()',
    '        let html = "<!doctype html>" +',
    '        "<head>" +',
    '        "<style type=\\"text/css\\">" +',
    '        ".content {width: 100%;font-size: 16px;}" +',
    '        "</style>" +',
    '        "</head>" +',
    '        "<body>" +',
    '        "<div class=\\"content\\">" +',
    '        "<p>　　一、本站所载文章，未经书面许可，不得转载或者以其他方式使用。</p>" +',
    '        "<p>　　二、经许可转载的，应当注明来源，并不得歪曲或者篡改原意。</p>" +',
    '        "<p>　　三、违反上述声明的，本站将依法追究其法律责任。</p>" +',
    '        "</div>" +',
    '        "</body>" +',
    '        "</html>"',
    '        webView.loadHTMLString(html, baseURL: nil)',
    '    }',
    '}',
    '',
  ].join('\n');

  it('reads the literals as the page, every heading at its own line:col', () => {
    const o = parseOutline(swift, { format: 'plain' });
    const lineOf = (off: number): number => o.lineStarts.filter((s) => s <= off).length;
    assert.deepEqual(o.headings.map((h) => [lineOf(h.start), h.marker]), [[14, '一、'], [15, '二、'], [16, '三、']]);
    const view = concatenatedHtmlText(swift)!;
    assert.equal(view.length, swift.length);
    assert.equal(view.split('\n')[13].trim().startsWith('<p>　　一、'), true);
    assert.equal(view.split('\n')[19].trim(), '');
  });

  it('Java with a `+` opening each line, and JS with single quotes, read alike', () => {
    const java = [
      'public class Page {',
      '    static String page() {',
      '        String s = "<div class=\\"article\\">"',
      '            + "<p>一、总体要求</p>"',
      '            + "<p>坚持问题导向，突出重点。</p>"',
      '            + "<p>二、主要任务</p>"',
      '            + "<p>抓好三项工作。</p>"',
      '            + "</div>";',
      '        return s;',
      '    }',
      '}',
    ].join('\n');
    assert.notEqual(concatenatedHtmlText(java), null);
    assert.deepEqual(parseOutline(java, { format: 'plain' }).headings.map((h) => h.marker), ['一、', '二、']);
    const js = java.replace(/"/g, "'").replace(/\\'/g, '"');
    assert.notEqual(concatenatedHtmlText(js), null);
  });

  it('concatenated text that is no HTML, or too short a run, is left to the other readers', () => {
    const log = [
      'String msg = "一、本月共受理投诉" + a + "件，" +',
      '    "二、办结" + b + "件，" +',
      '    "三、请各科室按时报送。" +',
      '    "四、下月继续加强督办。" +',
      '    "五、附件见系统。";',
    ].join('\n');
    assert.equal(concatenatedHtmlText(log), null);
    assert.equal(concatenatedHtmlText('String a = "<p>一</p>" +\n  "<p>二</p>" +\n  "<p>三</p>";\n'), null);
  });
});
