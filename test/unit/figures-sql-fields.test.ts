import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';

/** A notice table dumped by a web admin tool (our own rows). */
const DUMP = [
  "INSERT INTO `notice` (`id`, `scope`, `type`, `dept_id`, `poster_id`, `title`, `content`, `post_time`, `reads`) VALUES",
  "(7, 0, '会议', 3, 512, ' 周五例会', ' 周五下午3点在二楼会议室开会，请各组长准时参加。', '2030-04-02 08:10:00', 42),",
  "(8, 1, '其他', 3, 512, ' 领取教材', '请各班派2名同学到教务处领取教材。', '2030-04-03 09:00:00', 17);",
].join('\n');

function kinds(text: string): Map<string, string> {
  const figs = extractFigures(text, parseOutline(text));
  return new Map(figs.map((f) => [`${text.slice(0, f.start).split('\n').length}:${f.text}@${f.start - text.lastIndexOf('\n', f.start - 1) - 1}`, f.kind]));
}

describe('bare fields of a SQL row are codes, left out (recordCodes.ts)', () => {
  it('leaves out ids, flags and read counts, and keeps counts in the quoted text', () => {
    const k = kinds(DUMP);
    assert.equal(k.get('2:7@1'), undefined);
    assert.equal(k.get('2:0@4'), undefined);
    assert.equal(k.get('2:512@16'), undefined);
    const reads = [...k.entries()].find(([key]) => key.startsWith('2:42@'));
    assert.equal(reads, undefined);
    const pupils = [...k.entries()].find(([key]) => key.startsWith('3:2名@'));
    assert.equal(pupils?.[1], 'count');
  });

  it('leaves prose with numbers in brackets alone', () => {
    const text = '(1) 全年共接待游客3, 4批次，合计120人。\n(3, 4)\n';
    const figs = extractFigures(text, parseOutline(text));
    assert.ok(!figs.some((f) => f.kind === 'other' && f.text === '120人'));
    const four = figs.find((f) => f.text === '4' && f.start > text.indexOf('\n'));
    if (four) assert.notEqual(four.kind, 'other');
  });

  it('leaves out fields quoted as a dump writes every column', () => {
    // (our own dump: a table's definition, then rows whose every field is quoted)
    const text = [
      '-- Table structure for request',
      'CREATE TABLE `request` (',
      "  `id` int(10) NOT NULL AUTO_INCREMENT COMMENT 'id',",
      "  `title` varchar(255) NOT NULL COMMENT '标题',",
      "  `group_id` int(10) NOT NULL COMMENT '小组',",
      ') ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8;',
      '',
      '-- Records of request',
      "INSERT INTO `request` VALUES ('3', '场地问题', '6', '2031-05-06 10:20:30', '老师您好，我们小组有8名同学需要借用2间教室。', null, null);",
      "INSERT INTO `request` VALUES ('4', '设备', '2', '2031-05-07 11:00:00', '老师您好，实验室的3台打印机不能使用了。', null, null);",
    ].join('\n');
    const k = kinds(text);
    assert.equal(k.get('9:3@31'), undefined);
    assert.equal(k.get('9:6@44'), undefined);
    assert.equal(k.get('10:4@31'), undefined);
    assert.equal(k.get('10:2@42'), undefined);
    const pupils = [...k.entries()].find(([key]) => key.startsWith('9:8名@'));
    assert.equal(pupils?.[1], 'count');
  });
});
