/**
 * Figures in notices inside code files and pages (fig35): a room of a building named by its
 * number (活动中心301室, 201会议室) is a code of kind other, the digits alone as 1808室 reads, while
 * a flat's layout (3室2厅) still counts. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function brief(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures fig35: a room named by its number', () => {
  it('reads 301室 as a room number, the digits alone, kind other', () => {
    assert.deepEqual(brief('报名地点：综合楼301室'), ['301|301||other']);
    assert.deepEqual(brief('会场设在图书馆(三楼512室)。'), ['512|512||other']);
    assert.deepEqual(brief('<p>3. 现场办理：服务大厅105室</p>'), ['105|105||other']);
  });
  it('leaves a flat layout and words that open with 室', () => {
    assert.deepEqual(brief('小区户型为3室2厅'), ['3|3||count', '2|2||count']);
    assert.deepEqual(brief('共有2室一厅的住房'), ['2|2||count']);
    assert.deepEqual(brief('保持5室内通风'), ['5|5||count']);
    assert.deepEqual(brief('共120室内外场地'), ['120|120||count']);
  });
});

describe('figures fig35: a room number before the room it names', () => {
  it('reads 201会议室 and 305教室 as room numbers, kind other', () => {
    assert.deepEqual(brief('培训地点：学生活动中心201会议室'), ['201|201||other']);
    assert.deepEqual(brief('考场设在教学楼305教室。'), ['305|305||other']);
  });
  it('leaves one or two digits and rooms counted with a measure word', () => {
    assert.deepEqual(brief('新建12间教室'), ['12间|12|间|count']);
  });
});
