import { strict as assert } from 'node:assert';
import { parseOutline } from '../../src/core';

// A speech saved as Word's filtered HTML: the centred title's <span> tag is wrapped over two lines,
// so the title's line opens inside the tag (`font-family:楷体'>…`).
describe('outline: a page source whose title line opens inside a tag begun above', () => {
  const file = [
    '<html>',
    '<head>',
    '<meta name=Generator content="Microsoft Word 11 (filtered)">',
    '<style>',
    'p.MsoNormal {margin:0cm;font-size:10.5pt;}',
    '</style>',
    '</head>',
    '<body lang=ZH-CN>',
    '<div class="content">',
    "    <p align=center style='text-align:center'><span style='font-size:15.0pt;",
    "font-family:楷体;mso-hansi-font-family:Arial'>在秋季运动会开幕式上的讲话</span></p>",
    '    <br><br>老师们、同学们：',
    '    <br><br>　　大家上午好！今天我们在这里隆重举行秋季运动会，我代表学校向精心准备的全体师生表示感谢！',
    '    <br><br>　　借此机会，我向大家提三点希望：',
    '    <br><br>　　1．	要发扬团结协作的精神，为班级争光，也要为其他班级的好成绩鼓掌加油。',
    '    <br><br>　　2．	要注意比赛安全，赛前做好准备活动，身体不适的同学要及时告诉老师。',
    '    <br><br>　　3．	要文明观赛，爱护环境，离开看台时带走自己的垃圾，保持场地整洁。',
    '    <br><br>　　最后，预祝本届运动会取得圆满成功！谢谢大家！',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  it('takes the title from its first visible character and hangs the numbered items under it', () => {
    const o = parseOutline(file);
    const title = o.headings[0];
    assert.equal(title.start, file.indexOf('在秋季运动会'));
    assert.equal(title.level, 1);
    assert.deepEqual(o.headings.slice(1).map((h) => [h.marker, h.level]), [['1．', 2], ['2．', 2], ['3．', 2]]);
  });
});
