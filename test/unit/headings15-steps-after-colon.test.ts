import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

describe('a run-in list after a colon whose members are steps', () => {
  it('reads steps, each a sentence of its own, as parts', () => {
    const text = '打印机连不上的，按下面做即可。方法：1、打开控制面板，点“设备和打印机”，删除旧的打印机。2、重新插好数据线，等电脑自动装好驱动程序。3、打开任意文档，点“打印”试一页，能打出来就好了。\n';
    const o = parseOutline(text);
    assert.deepEqual(o.headings.map((h) => h.marker), ['1、', '2、', '3、']);
    assert.equal(o.headings[0].title, '打开控制面板，点“设备和打印机”，删除旧的打印机');
  });

  it('still reads a list naming things after a colon as no parts', () => {
    const text = '全书共分为三个篇章，即：1.综合篇，讲总的情况；2.产业篇，讲各行各业；3.民生篇，讲百姓生活。\n';
    assert.equal(parseOutline(text).headings.length, 0);
    const short = '需要准备：1.身份证。2.户口本。3.照片两张。\n';
    assert.equal(parseOutline(short).headings.length, 0);
  });
});
