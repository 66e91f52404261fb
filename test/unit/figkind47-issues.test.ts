/**
 * Figures fitted in round 29 (figkind47, study64–97): the number of an issue written into a title,
 * and a century named by its number. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figkind47: an issue number in a title', () => {
  it('reads digits glued to a series name before ｜ as a name, kind other', () => {
    assert.deepEqual(brief('[周末杂谈 118｜我们为什么总在搬家](https://example.org/a)'), ['118|118||other']);
    assert.deepEqual(brief('好物清单 57｜编辑部的桌面'), ['57|57||other']);
    assert.deepEqual(brief('慢读笔记12｜关于一座桥'), ['12|12||other']);
    assert.deepEqual(brief('Weekly 301｜本周推荐'), ['301|301||other']);
    assert.deepEqual(brief('夜话第二季 9｜城市的灯'), ['9|9||other']);
  });
  it('reads digits closing a bracketed name before 】 as a name, kind other', () => {
    assert.deepEqual(brief('【午间快评88】老街的早市'), ['88|88||other']);
    assert.deepEqual(brief('【乡村故事 406】河边的学校'), ['406|406||other']);
    assert.deepEqual(brief('title: 【周末课堂7】如何读年报'), ['7|7||other']);
  });
  it('leaves counts, table cells, years and bare brackets as read', () => {
    assert.deepEqual(brief('| 农业 | 12 | 30 |'), ['12|12||count', '30|30||count']);
    assert.deepEqual(brief('【3】全市新增'), ['3|3||count']);
    assert.deepEqual(brief('新增病例12】'), ['12|12||count']);
    assert.deepEqual(brief('新增 15 ｜其余不变'), ['15|15||count']);
    assert.deepEqual(brief('年会 2026｜全面开幕').map((s) => s.split('|')[0]), ['2026']);
  });
});

describe('figkind47: a century named by its number', () => {
  it('reads N世纪 as a date with no value', () => {
    assert.deepEqual(brief('进入22世纪以后'), ['22世纪|null||date']);
    assert.deepEqual(brief('早在公元前5世纪，这里就有集市。'), ['5世纪|null||date']);
    assert.deepEqual(brief('这是18世纪的一座石桥。'), ['18世纪|null||date']);
    assert.deepEqual(brief('21世纪的竞争是人才的竞争。'), ['21世纪|null||date']);
  });
  it('still counts centuries as a span of time', () => {
    assert.deepEqual(brief('这座塔历经6个世纪风雨。'), ['6个世纪|6|个世纪|duration']);
    assert.deepEqual(brief('三个世纪以来，小镇几经兴衰。'), ['三个世纪|3|个世纪|duration']);
  });
});
