/** A record's ids, counters, flags and settings are no figures; the text it holds keeps its own. Made-up records (figcode42). */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figcode42: numbers a record keeps for the machine', () => {
  it('leaves out a Javadoc sample response\'s counters and ids, keeps the dates and the content\'s figures', () => {
    const src = [
      'public class NoticeBean {',
      '    /**',
      '     * code : 200',
      '     * total : 3',
      '     * data : {"id":41,"type":"7","readNum":905,"publishTime":"2031-06-02 08:30:00","content":"<p>全镇新修道路12公里，投入资金860万元。</p>"}',
      '     */',
      '    private int code;',
      '}',
    ].join('\n');
    assert.deepEqual(brief(src), ['2031-06-02|"2031-06-02"||date', '08:30:00|"T08:30:00"||date', '12公里|12|公里|length', '860万元|8600000|元|money']);
  });
  it('leaves out an object literal\'s quoted id and its version, keeps the string\'s figures', () => {
    const src = 'const DOCS = [\n  {\n    id: "3",\n    title: "某社区2031年工作总结",\n    version: 2,\n    status: "draft"\n  }\n];\n';
    assert.deepEqual(brief(src), ['2031年|"2031"||date']);
  });
  it('leaves out a dump\'s header settings, its DDL numbers and a two-field row\'s id', () => {
    const src = [
      '/*',
      ' Source Server Version : 80012',
      ' File Encoding         : 65001',
      '*/',
      'SET FOREIGN_KEY_CHECKS = 0;',
      'CREATE TABLE `banner`  (',
      '  `bid` int(11) NOT NULL AUTO_INCREMENT,',
      "  `flag` int(11) NULL DEFAULT 1,",
      ') ENGINE = InnoDB AUTO_INCREMENT = 4 CHARACTER SET = utf8;',
      "INSERT INTO `banner` VALUES (1, 'img/b1.png');",
      "INSERT INTO `goods` VALUES (2, '某地苹果5斤装', '36', 12, 1);",
    ].join('\n');
    assert.deepEqual(brief(src), ['5斤|5|斤|mass']);
  });
  it('keeps a prose line with a colon and a Chinese label', () => {
    assert.deepEqual(brief('参会人数：35\n会议时长：2小时\n'), ['35|35||count', '2小时|2|小时|duration']);
  });
});

describe('figcode42: a statement commented out is still the program\'s', () => {
  it('leaves out the arguments of a commented call, keeps the figures of a prose comment', () => {
    const src = [
      'import java.awt.Graphics;',
      'import java.awt.Color;',
      'import java.awt.Font;',
      'public class Card {',
      '    void draw(Graphics g) {',
      '        int top = 100;',
      '        int left = top / 4;',
      '        g.setColor(Color.RED);',
      '//      g.drawString("祝大家新年快乐", 360, 1100);',
      '//      g.drawString("万事如意", 150, 1260);',
      '        // 全年共寄出贺卡120张',
      '        g.dispose();',
      '    }',
      '}',
    ].join('\n');
    assert.deepEqual(brief(src), ['120张|120|张|count']);
  });
});

describe('figcode42: minutes and frequencies in Latin letters', () => {
  it('reads N min as a duration and N Hz as a quantity, not a word that opens with them', () => {
    assert.deepEqual(brief('议程：工作汇报 (15 min)，讨论 (30 min)'), ['15 min|15|min|duration', '30 min|30|min|duration']);
    assert.deepEqual(brief('屏幕支持90Hz刷新率，无线网络使用5 GHz频段'), ['90Hz|90|Hz|other', '5 GHz|5|GHz|other']);
    assert.deepEqual(brief('平均用时3 mins'), ['3|3||count']);
  });
});
