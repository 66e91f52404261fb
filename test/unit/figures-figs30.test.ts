/**
 * Figures on real documents studied in issue 8 (figs30): counts said with a Chinese numeral and a
 * count word in traditional characters (`評出四個優勝單位`), judged by the same guards as their
 * simplified form. Every text here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';

function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

describe('figures figs30: Chinese numerals with traditional count words', () => {
  it('counts what the simplified text counts', () => {
    assert.deepEqual(brief('本次比賽共評出四個先進集體,5名個人。'), ['四個|4|個|count', '5名|5|名|count']);
    assert.deepEqual(brief('全市轄十二個縣區。'), ['十二個|12|個|count']);
    assert.deepEqual(brief('全市辖十二个县区。'), ['十二个|12|个|count']);
  });
  it('leaves what the guards of the simplified text leave', () => {
    assert.deepEqual(brief('統籌國內國際兩個大局，穩步推進。'), []);
    assert.deepEqual(brief('我著重講三個問題。'), []);
    assert.deepEqual(brief('從八個(gè)方面總結工作。'), []);
    assert.deepEqual(brief('會議分為四個環節，依次進行。'), []);
    assert.deepEqual(brief('第一個項目已經完成。'), []);
    assert.deepEqual(brief('去掉一個最高分。'), []);
  });
  it('keeps durations and an arabic count as they were', () => {
    assert.deepEqual(brief('用了兩個月。'), ['兩個月|2|個月|duration']);
    assert.deepEqual(brief('有3個單位。'), ['3個|3|個|count']);
  });
  it('reads no rounds in a tricycle', () => {
    assert.deepEqual(brief('他開三輪車去縣里。'), []);
    assert.deepEqual(brief('他开三轮车去县里，开了三轮会。'), ['三轮|3|轮|count']);
  });
});
