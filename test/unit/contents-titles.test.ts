import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// An invented collected-works volume converted page by page: a contents page, then each piece
// opening at a page top, its title broken over two lines with its date.
const P = '    今年全县各乡镇认真组织春季生产，干部群众齐心协力，修渠引水，积肥选种，各项准备工作比往年更早更细，取得了明显成效。';
const Q = '    各乡镇要把水利建设当作头等大事来抓，统一规划，分工负责，保证按期完成全年任务';

function volume(withContents: boolean): string {
  const out: string[] = ['    青山文集', ''];
  let n = 1;
  const page = (...lines: string[]): void => { out.push(`==========第${n++}页==========`, ...lines, ''); };
  if (withContents) {
    page('    目录', '    关于春耕生产的几点意见(1950年3月2日)……………1', '    在全县水利会议上的讲话(1950年5月8日)……………9',
      '    答青年记者问(1950年9月1日)……………15');
  }
  page('    关于春耕生产的', '    几点意见(1950年3月2日)', P, Q);
  page('    青山文集', P, Q);
  page('    关于春耕生产的几点意见', P, Q);
  page('    在全县水利会议上的讲话', '    (1950年5月8日)', P, Q);
  page('    青山文集', P, Q);
  return out.join('\n');
}

function titleLines(text: string): Array<[number, number, string]> {
  const o = parseOutline(text);
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return o.headings.map((h) => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1] <= h.start) l++;
    return [l + 1, h.level, h.title];
  });
}

describe('a compilation\'s pieces named by its contents (contentsTitles, compil55)', () => {
  it('takes a body line the contents list, whole or broken over lines, as the piece\'s title, after a page break too', () => {
    const got = titleLines(volume(true));
    assert.ok(got.some(([l, lv, t]) => l === 10 && lv === 1 && t.startsWith('关于春耕生产的')), JSON.stringify(got));
    assert.ok(got.some(([l, lv, t]) => l === 26 && lv === 1 && t === '在全县水利会议上的讲话'), JSON.stringify(got));
  });

  it('reads the same lines as running text where no contents name them', () => {
    const got = titleLines(volume(true));
    assert.ok(got.some(([l, , t]) => l === 10 && t.startsWith('关于春耕生产的')), JSON.stringify(got));
    // (without the contents page the pieces' first lines stand at the same page tops, two lines higher)
    const bare = titleLines(volume(false));
    assert.ok(!bare.some(([, , t]) => t === '关于春耕生产的'), JSON.stringify(bare));
  });
});
