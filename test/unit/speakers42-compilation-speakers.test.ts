import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { isCompilationSpeaker, visibleWords } from '../../src/core/outline/anatomy/speakerTitles';

// Invented compilations of statements (speakers42): each speaker's offices and name with a colon
// alone on a line, over that speaker's words. The names and offices are made up.
function titles(text: string): Array<[number, number, string]> {
  const o = parseOutline(text);
  return o.headings.filter((h) => h.marker === '').map((h) => {
    const line = text.slice(0, h.start).split('\n').length - 1;
    return [line, h.level, h.title];
  });
}

const SAY_A = '今年我们将继续扩大有效投资，重点支持城市更新、水利设施和新型基础设施建设，力争全年完成投资比上年增长百分之八。';
const SAY_B = '下一步要把稳就业放在更加突出的位置，落实好各项援企稳岗政策，帮助高校毕业生和农民工尽快找到合适的岗位。';
const SAY_C = '我们将加快完善产权保护制度，清理妨碍统一市场和公平竞争的各种规定，让各类经营主体安心发展、放心投资。';

describe('speakers42: a compilation of statements, each under its speaker\'s line', () => {
  it('reads each speaker\'s line of a plain text compilation as a level-1 title', () => {
    const text = [
      '青川市各部门负责人谈下半年工作',
      '近日，本报记者采访了青川市三个部门的负责人，请他们谈谈下半年的工作安排。',
      '青川市发展改革委主任方远山：',
      SAY_A,
      '青川市人力资源和社会保障局局长叶知秋：',
      SAY_B,
      '青川市市场监督管理局副局长柳成荫：',
      SAY_C,
    ].join('\n');
    const t = titles(text);
    assert.deepEqual(t.filter(([line]) => line > 0), [
      [2, 1, '青川市发展改革委主任方远山：'],
      [4, 1, '青川市人力资源和社会保障局局长叶知秋：'],
      [6, 1, '青川市市场监督管理局副局长柳成荫：'],
    ]);
  });

  it('reads a page kept as HTML paragraphs the same way, the title at its first visible character', () => {
    const text = [
      '---',
      'title: \'三位代表谈乡村振兴\'',
      'author: 某网站',
      '---',
      '',
      '<div>',
      '<p>　　围绕乡村振兴，本报记者采访了三位全国人大代表，听听他们的想法。</p>',
      '<p>　　全国人大代表、白石村党支部书记林春生：</p>',
      '<p>　　' + SAY_A + '</p>',
      '<p>　　全国人大代表、青禾农业公司董事长江晚晴：</p>',
      '<p>　　' + SAY_B + '</p>',
      '</div>',
    ].join('\n');
    // (the front matter's title: line is left to the reading of front matter)
    const t = titles(text).filter(([line]) => line > 4);
    assert.deepEqual(t, [
      [7, 1, '全国人大代表、白石村党支部书记林春生：'],
      [9, 1, '全国人大代表、青禾农业公司董事长江晚晴：'],
    ]);
    const o = parseOutline(text);
    const first = o.headings.find((h) => h.title.startsWith('全国人大代表'));
    assert.ok(first);
    assert.equal(text.slice(first.titleStart, first.titleStart + 6), '全国人大代表');
  });

  it('reads a name with its offices in brackets as the speaker\'s line', () => {
    const text = [
      '市长们眼中的城市更新',
      '方远山（青川市市长）：',
      SAY_A,
      '叶知秋（白河市副市长）：',
      SAY_B,
    ].join('\n');
    assert.deepEqual(titles(text).filter(([line]) => line > 0), [
      [1, 1, '方远山（青川市市长）：'],
      [3, 1, '叶知秋（白河市副市长）：'],
    ]);
  });

  it('takes no title from a dialogue where a speaker is heard twice', () => {
    const text = [
      '两位局长的对话',
      '青川市财政局局长方远山：',
      SAY_A,
      '青川市税务局局长叶知秋：',
      SAY_B,
      '青川市财政局局长方远山：',
      SAY_C,
    ].join('\n');
    assert.deepEqual(titles(text).filter(([line]) => line > 0), []);
  });

  it('takes no title from one speaker\'s line alone, nor from turns, salutations or fields', () => {
    const one = [
      '在全市经济工作会议上的讲话',
      '青川市市长方远山：',
      SAY_A,
      SAY_B,
    ].join('\n');
    assert.deepEqual(titles(one).filter(([line]) => line > 0), []);
    const turns = [
      '答记者问',
      '问：',
      SAY_A,
      '答：',
      SAY_B,
      '记者：',
      SAY_C,
    ].join('\n');
    assert.deepEqual(titles(turns).filter(([line]) => line > 0), []);
  });

  it('takes no title from speaker\'s lines that stand over no running text', () => {
    const text = [
      '出席会议的领导',
      '青川市市长方远山：',
      '主持会议',
      '青川市副市长叶知秋：',
      '作总结讲话',
    ].join('\n');
    assert.deepEqual(titles(text).filter(([line]) => line > 0), []);
  });

  it('knows a speaker\'s line by its office and name', () => {
    assert.ok(isCompilationSpeaker('国家某某局局长方远山：'));
    assert.ok(isCompilationSpeaker('某某部副部长、某某委员会主任叶知秋：'));
    assert.ok(isCompilationSpeaker('全国政协委员柳成荫：'));
    assert.ok(isCompilationSpeaker('方远山（青川市市长）：'));
    assert.ok(!isCompilationSpeaker('各位代表：'));
    assert.ok(!isCompilationSpeaker('同志们：'));
    assert.ok(!isCompilationSpeaker('尊敬的青川市市长方远山：'));
    assert.ok(!isCompilationSpeaker('市人大常委会主任会议成员：'));
    assert.ok(!isCompilationSpeaker('来源：青川日报'));
    assert.ok(!isCompilationSpeaker('青川市市长方远山'));
    assert.equal(visibleWords('<p>　　某某<a href="x">局</a>局长：</p>'), '某某局局长：');
  });
});
