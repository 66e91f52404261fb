/**
 * A digest whose list runs on over several sources, each item keeping its source's own rank
 * (`20. 1.某某`, `21. 2. 某某`): the rank is a marker, not a count. Invented digest.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

const figuresOf = (text: string): string[] => extractFigures(text, parseOutline(text, { format: 'markdown' })).map((f) => text.slice(f.start, f.end));

describe('a digest\'s items keeping their source\'s rank', () => {
  it('takes the rank after the list\'s own number for a marker, not a count', () => {
    const text = ['## 产品榜', '', '20. 1.青山笔记', '', '21. 2. 湖畔日历', '', '22. 3.星图地图 2.0', '', '23. 4. 云朵相册，本周新增用户12万', ''].join('\n');
    assert.deepEqual(figuresOf(text), ['2.0', '12万']);
  });
  it('keeps an amount or a decimal right after the list\'s number', () => {
    const text = ['1. 2.5亿元用于某某工程建设；', '2. 3.6亿元用于某某项目配套；', '3. 5个乡镇完成验收；', ''].join('\n');
    assert.deepEqual(figuresOf(text), ['2.5亿元', '3.6亿元', '5个']);
  });
});
