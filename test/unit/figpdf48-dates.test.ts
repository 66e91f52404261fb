/**
 * A spaced date of PDF text (`2031 年 12 月 31 日`) that a hard line break cuts between its month and
 * its day is one date, its span the first line's part (as a figure cut by a line break spans its
 * first line). Every sentence here is invented for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

function read(text: string): string[] {
  return extractFigures(text, parseOutline(text)).map((f) => `${text.slice(0, f.start).split('\n').length}:${f.text}|${JSON.stringify(f.value)}|${f.kind}`);
}

/** A short spaced, hard-wrapped report around one cut line pair. */
function report(a: string, b: string): string {
  return ['某区 2031 年政府信息公开工作年度报告', '本报告由区政府办公室编制，所列数据的统计期间为全年，', a, b, '区政府办公室认真做好政务公开工作，共接收申请 36 件，', '均在规定期限内答复。'].join('\n');
}

describe('figpdf48: a spaced date cut between its month and its day', () => {
  it('joins 12 月 / 31 日 into one date on the first line', () => {
    const rows = read(report('截至 2031 年 12 月', '31 日，区政府通过门户网站发布信息 512 条，其中包'));
    assert.ok(rows.includes('3:2031 年 12 月|"2031-12-31"|date'), rows.join(' '));
    assert.ok(!rows.some((r) => r.startsWith('4:31')), rows.join(' '));
    assert.ok(rows.includes('4:512 条|512|count'), rows.join(' '));
  });
  it('joins a one-digit day', () => {
    const rows = read(report('本办法自 2032 年 1 月', '1 日起施行，原办法同时废止。全区共有 9 个街道'));
    assert.ok(rows.includes('3:2032 年 1 月|"2032-01-01"|date'), rows.join(' '));
  });
  it('joins a day written with 号', () => {
    const rows = read(report('会议定于 2031 年 6 月', '18 号召开，参会人员 45 人，请各单位提前报'));
    assert.ok(rows.includes('3:2031 年 6 月|"2031-06-18"|date'), rows.join(' '));
  });
  it('joins a day written against 日 with no blank', () => {
    const rows = read(report('截至 2031 年 9 月', '30日，全区累计办理事项 1200 件，办结率达'));
    assert.ok(rows.includes('3:2031 年 9 月|"2031-09-30"|date'), rows.join(' '));
  });
  it('leaves a count of days that opens the next line with another unit alone', () => {
    const rows = read(report('截至 2031 年 12 月', '31 个街道全部完成了公开目录的更新工作，共'));
    assert.ok(rows.includes('3:2031 年 12 月|"2031-12"|date'), rows.join(' '));
    assert.ok(rows.some((r) => r.startsWith('4:31 个')), rows.join(' '));
  });
  it('leaves a month that closes a sentence before the break', () => {
    const rows = read(report('本次检查时间为 2031 年 12 月。', '31 日后新增的事项另行统计，共涉及 7 个部门'));
    assert.ok(rows.includes('3:2031 年 12 月|"2031-12"|date'), rows.join(' '));
  });
  it('leaves a three-digit number opening the next line', () => {
    const rows = read(report('截至 2031 年 12 月', '318 日内须完成整改，涉及企业 26 家，整改'));
    assert.ok(rows.includes('3:2031 年 12 月|"2031-12"|date'), rows.join(' '));
  });
  it('still reads an unspaced date cut the same way', () => {
    const rows = read(report('截至2031年12月', '31日，区政府通过门户网站发布信息512条，其中包'));
    assert.ok(rows.includes('3:2031年12月|"2031-12-31"|date'), rows.join(' '));
  });
  it('reads a date whole on one line as before', () => {
    const rows = read(report('截至 2031 年 12 月 31 日，区政府通过门户网', '站发布信息 512 条，其中包括规范性文件 8 件'));
    assert.ok(rows.includes('3:2031 年 12 月 31 日|"2031-12-31"|date'), rows.join(' '));
  });
  it('joins nothing when a blank line parts the month from the day', () => {
    const t = ['截至 2031 年 12 月', '', '31 日，区政府发布信息 512 条。'].join('\n');
    assert.ok(!read(t).some((r) => r.includes('"2031-12-31"')), read(t).join(' '));
  });
});
