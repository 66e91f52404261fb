/**
 * Count words after digits that the unit lexicon lacked: carriages or lessons (16节), passages or
 * sections (12段). Made-up sentences.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: 节 and 段 after digits (figrec46)', () => {
  it('reads the word as the unit of a count', () => {
    assert.deepEqual(brief('辽宁、陕西等8省参加。'), ['8省|8|省|count']);
    assert.deepEqual(brief('这列动车组有16节车厢。'), ['16节|16|节|count']);
    assert.deepEqual(brief('学生每周上4节体育课。'), ['4节|4|节|count']);
    assert.deepEqual(brief('全文共分12段，约三千字。'), ['12段|12|段|count', '三千字|3000|字|count']);
    assert.deepEqual(brief('公路分为3段施工。'), ['3段|3|段|count']);
  });
  it('leaves the words these characters open, years and Chinese numerals', () => {
    assert.deepEqual(brief('他节约了30%的开支。'), ['30%|30|%|percent']);
    assert.deepEqual(brief('2024节日安排已经公布。'), ['2024|"2024"||date']);
    assert.deepEqual(brief('2023节气歌谣。'), ['2023|"2023"||date']);
    assert.deepEqual(brief('共分3段落实。'), ['3|3||count']);
    assert.deepEqual(brief('这一节课很重要。'), []);
    assert.deepEqual(brief('一段时间以来工作有序。'), []);
  });
});
