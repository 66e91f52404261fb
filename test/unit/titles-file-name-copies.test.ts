import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

function titles(text: string): Array<[number, string, number]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  return parseOutline(text).headings.filter((h) => h.marker === '').map((h) => [line(h.start), h.title, h.level]);
}

const A1 = '第一条为加强农机管理，保障农业生产安全，根据有关法律法规，结合本县实际，制定本办法。';
const A2 = '第二条本办法适用于本县行政区域内农业机械的使用、维修和管理活动，各乡镇应当遵照执行。';

// Invented document-site copies: the file's name (`….docx`) as the site's caption, then the
// document's own title printed once or twice over its text.
describe('titles: a file name over the title it names is one title written again', () => {
  it('takes the title under the file name, not the file name', () => {
    const page = ['青山县农机管理办法.docx', '', '青山县农机管理办法', '', '第一章总则', '', A1, '', A2].join('\n');
    assert.deepEqual(titles(page), [[2, '青山县农机管理办法', 1]]);
  });

  it('reads the file name and two copies of the title as one title, not a list of short lines', () => {
    const page = ['青山县农机管理办法.pdf', '', '青山县农机管理办法', '', '青山县农机管理办法', '', '第一章总则', '', A1, '', A2].join('\n');
    assert.deepEqual(titles(page), [[2, '青山县农机管理办法', 1], [4, '青山县农机管理办法', 1]]);
  });

  it('still reads three different short lines over the text as no title', () => {
    const page = ['青山县农机管理办法.pdf', '', '青山县林草管理办法', '', '青山县渔业管理办法', '', '第一章总则', '', A1, '', A2].join('\n');
    assert.deepEqual(titles(page), []);
  });

  it('takes the document\'s own title under the caption\'s copy as a title too', () => {
    const page = ['青山县农机管理办法WORD版.docx', '', '青山县农机管理办法WORD版', '', '农机管理办法', '', A1, '', A2].join('\n');
    assert.deepEqual(titles(page), [[2, '青山县农机管理办法WORD版', 1], [4, '农机管理办法', 1]]);
  });
});
