import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented pages in the shape of model-essay sites' compilations (titles38): the page's title, its
// date, the compiler's label for the first piece (`…范文第1篇`, `…述职报告篇1`, `篇1:…`), then the
// piece's own title on a line of its own right over the piece's text. The own title heads the
// piece: its numbered parts hang from it, not from the label.
function heads(text: string): Array<[number, string, string, number | null]> {
  const o = parseOutline(text);
  const lineOf = (start: number) => text.slice(0, start).split('\n').length - 1;
  return o.headings.map((h) => [lineOf(h.start), h.marker, h.title, h.parent === null ? null : lineOf(o.headings[h.parent].start)]);
}

const page = (label: string, own: string): string => [
  '社区座谈会发言范文',
  '',
  '时间:2026-03-06 09:15:20',
  '',
  '社区座谈会发言',
  '',
  label,
  '',
  own,
  '',
  '某某同志是在基层一线成长起来的优秀干部，他的事迹在全社会引起了强烈反响。某某同志的事迹集中体现在几个方面：一是对党忠诚，始终信念坚定；二是心系群众，始终务实为民；三是廉洁奉公，始终严以自律。',
  '',
  '下一步，我们将认真贯彻这次座谈会的部署，把学习活动不断引向深入。',
].join('\n');

describe('titles38: a piece\'s own title right under the compilation\'s label', () => {
  it('heads the piece with an own title that names a document, under a label numbering the piece after the name', () => {
    const hs = heads(page('社区座谈会发言范文第1篇', '某某同志先进事迹发言稿材料'));
    const own = hs.find((h) => h[0] === 8);
    assert.ok(own !== undefined, JSON.stringify(hs));
    assert.equal(own[1], '');
    assert.equal(own[3], null);
    const firstRun = hs.find((h) => h[1] === '一是');
    assert.equal(firstRun?.[3], 8, JSON.stringify(hs));
  });

  it('reads the name before a long bracketed note (`…述职述廉报告(分管…,…)`)', () => {
    const text = [
      '城建局副局长述职报告范文三篇',
      '',
      '2026-01-08 某某范文网',
      '',
      '城建局副局长述职报告',
      '',
      '城建局副局长述职报告篇1',
      '',
      '2025年区城建局副局长述职述廉报告(分管党务,纪检监察,信访,安全生产等)',
      '',
      '本人在区委、区政府的领导下，围绕全年各项目标任务，狠抓工作落实，较好地完成了各项任务，现将一年来的述职、述廉情况报告如下：',
      '',
      '一、述职情况',
      '',
      '在实际工作中，本人认真分析研究，排出重点难点，团结带领一班人真抓实干。',
      '',
      '二、述廉情况',
      '',
      '本人严格遵守廉洁自律各项规定，自觉接受组织和群众监督。',
    ].join('\n');
    const hs = heads(text);
    assert.ok(hs.some((h) => h[0] === 8 && h[1] === ''), JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一、' || h[1] === '二、').map((h) => h[3]), [8, 8]);
  });

  it('keeps the piece\'s title said again under a `篇1:` label (a numeral spelled once in digits, once in words)', () => {
    const text = [
      '公文写作讲座(6)—表彰讲话稿的写作',
      '',
      '2025-05-02',
      '',
      '公文写作讲座(6)—表彰讲话稿的写作(精选4篇)',
      '',
      '篇1:公文写作讲座(6)—表彰讲话稿的写作',
      '',
      '公文写作讲座(六)—表彰讲话稿的写作',
      '',
      '第一节',
      '',
      '表彰大会讲话稿',
      '',
      '一、表彰大会讲话稿的概念',
      '',
      '表彰大会讲话稿是领导在表彰先进的会议上所作的讲话，用来肯定成绩、树立榜样。',
      '',
      '二、表彰大会讲话稿的写作要求',
      '',
      '要讲清表彰的意义，评价要恰如其分，号召要具体有力。',
    ].join('\n');
    const hs = heads(text);
    assert.ok(hs.some((h) => h[0] === 8 && h[1] === ''), JSON.stringify(hs));
    assert.deepEqual(hs.filter((h) => h[1] === '一、' || h[1] === '二、').map((h) => h[3]), [8, 8]);
  });

  it('takes the compilation\'s own name counting its pieces (`…(精选4篇)`) between the page\'s title and the first label', () => {
    const text = [
      '公文写作讲座(6)—表彰讲话稿的写作',
      '',
      '2025-05-02',
      '',
      '公文写作讲座(6)—表彰讲话稿的写作(精选4篇)',
      '',
      '篇1:公文写作讲座(6)—表彰讲话稿的写作',
      '',
      '公文写作讲座(六)—表彰讲话稿的写作',
      '',
      '一、表彰大会讲话稿的概念',
      '',
      '表彰大会讲话稿是领导在表彰先进的会议上所作的讲话，用来肯定成绩、树立榜样。',
      '',
      '二、表彰大会讲话稿的写作要求',
      '',
      '要讲清表彰的意义，评价要恰如其分，号召要具体有力。',
      '',
    ].join('\n');
    const hs = heads(text);
    assert.ok(hs.some((h) => h[0] === 4 && h[1] === '' && h[2].endsWith('(精选4篇)')), JSON.stringify(hs));
  });

  it('takes no title from a line under the label that names no document', () => {
    const hs = heads(page('社区座谈会发言范文第1篇', '青山街道第一社区'));
    assert.ok(!hs.some((h) => h[0] === 8), JSON.stringify(hs));
  });

  it('takes no title when the piece\'s text follows the label straight away', () => {
    const text = page('社区座谈会发言范文第1篇', '今天我们召开座谈会，主要是听取大家的意见建议。');
    const hs = heads(text);
    assert.ok(!hs.some((h) => h[0] === 8), JSON.stringify(hs));
    assert.equal(hs.find((h) => h[1] === '一是')?.[3], 6, JSON.stringify(hs));
  });
});
