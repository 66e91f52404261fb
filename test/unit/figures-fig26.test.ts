/**
 * Figures of this round's released sets (fig26): whole-number cells of a table flattened one cell
 * per line under its unit caption. Every line here is made up for the test.
 */
import * as assert from 'node:assert/strict';
import { brief } from './figureBrief';

describe('figures: a flattened table one cell per line under 单位:万元', () => {
  const TABLE = ['某县2030年收支表', '', '单位:万元', '', '收  入', '', '执行数', '', '总  计', '', '52340', '',
    '一、本级收入', '', '31200', '', '税收', '', '2150', '', '企业单位数', '', '36', ''].join('\n');
  it('gives a whole number filling its line after a row label the caption\'s kind, value and unit as written', () => {
    const got = brief(TABLE);
    assert.ok(got.includes('52340|52340||money') && got.includes('31200|31200||money') && got.includes('2150|2150||money'), got.join(' '));
  });
  it('leaves a cell under a label that counts, and numbers inside prose lines', () => {
    const got = brief(TABLE);
    assert.ok(got.includes('36|36||count'), got.join(' '));
    const prose = brief('单位:万元\n项目 合计\n全县共有企业 1200\n');
    assert.ok(!prose.some((x) => x.startsWith('1200|1200||money')), prose.join(' '));
  });
});

describe('figures: fields of a CSV record', () => {
  const CSV = 'item_id,title,date,source,rank_score\n'
    + '5012,某县召开推进会,2030-01-02,某某网-7x24快讯,12\n'
    + '5013,某市发布通知,2030-01-03,某某网-7x24快讯,9\n';
  it('reads a whole field under a column named as a program does as a code, the first row\'s too', () => {
    const got = brief(CSV);
    assert.ok(got.includes('5012|5012||other') && got.includes('5013|5013||other'), got.join(' '));
    assert.ok(got.includes('12|12||other') && got.includes('9|9||other'), got.join(' '));
  });
  it('keeps a field under a column that counts, and a row a wrap breaks over lines', () => {
    const got = brief('id,title,views\n7,某县通知,350\n8,某市通知,35\n');
    assert.ok(got.includes('350|350||count') && got.includes('35|35||count'), got.join(' '));
    const wrapped = brief('id,title,date,body\n7,某县通知,2030-01-\n31,"正文 12\n"\n');
    assert.ok(!wrapped.includes('31|31||other'), wrapped.join(' '));
  });
  it('reads no figure in a service named by a product with a Latin x', () => {
    const got = brief(CSV);
    assert.ok(!got.some((x) => x.startsWith('7x24')), got.join(' '));
    assert.ok(brief('配备2×155米的跑道').some((x) => x.startsWith('2×155')));
  });
  it('reads a number opening a line after a whole English word, and PM / 2.5 cut by a break as one name', () => {
    assert.ok(brief('Contribution by Services\n1990 12.7\n').some((x) => x.startsWith('1990|')));
    assert.ok(!brief('全市PM\n2.5浓度下降').some((x) => x.startsWith('2.5|')));
  });
});

describe('figures: class hours, years of study and file sizes in KB', () => {
  it('reads N学时 a duration, N年级 a place (other), N KB a size (other)', () => {
    assert.deepEqual(brief('每人培训不少于24学时'), ['24学时|24|学时|duration']);
    assert.deepEqual(brief('面向4年级和5年级同学'), ['4年级|4|年级|other', '5年级|5|年级|other']);
    assert.deepEqual(brief('文件大小:12.5 KB'), ['12.5 KB|12.5|KB|other']);
  });
});

describe('figures: a SQL statement a program writes over lines', () => {
  it('reads the bare fields of a VALUES( line and the last field of a row whose text ran over lines as codes and leaves them out (recordCodes.ts)', () => {
    const src = '$db->query("INSERT INTO `t_article` (`a`,`title`,`body`,`aid`)\n'
      + "\t\tVALUES('','某县召开会议','<p>会议指出</p>',2)\");\n"
      + '$db->query("INSERT INTO `t_article` (`a`,`title`,`body`,`aid`)\n'
      + "\t\tVALUES('','某市通知','<p>第一段\n第二段共有3个项目</p>',7)\");\n";
    const got = brief(src);
    assert.ok(!got.some((g) => g.startsWith('2|') || g.startsWith('7|')), got.join(' '));
    assert.ok(got.includes('3个|3|个|count'), got.join(' '));
  });
});

describe('figures: a year before a capitalised name on an English line', () => {
  it('reads the year after a determiner and before a name as a date, and leaves other numbers', () => {
    assert.ok(brief('The mayor gave his 2031 Spring Festival greetings.').includes('2031|"2031"||date'));
    assert.ok(brief('Report on the 2030 County Budget').includes('2030|"2030"||date'));
    assert.ok(!brief('the 2030 people who came').includes('2030|"2030"||date'));
  });
});
