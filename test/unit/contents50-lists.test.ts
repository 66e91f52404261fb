/**
 * Contents lists written without page numbers whose entries the body does not copy word for word:
 * a numbered list under `目录` closed by a reader's note or an unnumbered entry, the body then
 * opening its first part again under the same number and name; and a Markdown `## 目录` over a
 * bullet list. Texts written for these tests.
 */
import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';
import { extractFigures } from '../../src/core/figures';

const titles = (text: string, format?: 'markdown'): string[] =>
  parseOutline(text, format ? { format } : undefined).headings.map((h) => `${h.marker}${h.title}`);

describe('a numbered contents list that the body restarts (contents50)', () => {
  const guide = [
    '目录',
    '一、甲工具 — 安装程序（必装）',
    '二、乙工具 — 启动菜单（推荐）',
    '三、丙工具 — 阅读软件',
    '四、丁工具 — 更换字体',
    '提示：下面用到的压缩包请用可靠的解压软件打开，否则文件可能损坏，装好后重启一次设备再试。',
    '',
    '一、甲工具 — 安装程序',
    '甲工具是其他工具的基础，先把它复制到设备的根目录，再在搜索框里输入命令完成安装。',
    '',
    '二、乙工具 — 启动菜单',
    '乙工具是一个菜单，装好以后可以从这里启动其他工具，也可以显示电量的百分比。',
    '',
  ].join('\n');
  it('reads the list under 目录 as contents: the body\'s 一、二、 are the only parts', () => {
    const h = titles(guide);
    assert.deepEqual(h, ['一、甲工具 — 安装程序', '二、乙工具 — 启动菜单'], h.join(' / '));
    // (the list stays parts where the body never opens its first part again, or opens it under another name)
    for (const other of [guide.replace('一、甲工具 — 安装程序\n甲', '甲'), guide.replace('一、甲工具 — 安装程序\n甲', '一、准备工作\n甲')]) {
      const o = titles(other);
      assert.ok(o.includes('三、丙工具 — 阅读软件'), o.join(' / '));
    }
  });
});

describe('a Markdown bullet contents list (contents50)', () => {
  const thesis = [
    '# 某校图书借阅系统的设计与实现',
    '',
    '## 目　录',
    '',
    '- 第1章 绪论',
    '- 第2章 需求分析',
    '- 第3章 系统设计',
    '- 参考文献',
    '',
    '---',
    '',
    '## 第1章 绪　论',
    '',
    '### 1.1 研究背景',
    '',
    '图书借阅是高校图书馆最常用的服务，人工登记效率低，容易出错，因此需要一套借阅系统。',
    '',
  ].join('\n');
  it('holds no heading in the list and keeps `## 目录` a heading of the document', () => {
    const h = titles(thesis, 'markdown');
    assert.ok(h.includes('目　录') && h.includes('第1章绪　论'), h.join(' / '));
    assert.ok(!h.some((x) => x.includes('需求分析') || x.includes('系统设计')), h.join(' / '));
    assert.equal(h.filter((x) => x.includes('绪')).length, 1, h.join(' / '));
  });
});

describe('figures on a contents line (contents50)', () => {
  const figs = (text: string, format?: 'markdown'): string[] =>
    extractFigures(text, parseOutline(text, format ? { format } : undefined)).map((f) => `${f.text}|${f.kind}`);
  it('reads no count in an entry\'s section number or page number, and keeps a number in its name', () => {
    const text = [
      '某某系统设计说明',
      '',
      '目  录',
      '1. 概述\t1',
      '1.1 编写目的\t1',
      '2. 总体设计\t3',
      '2.1 运行环境要求 Windows 10\t3',
      '2.2 数据结构\t5',
      '',
      '1. 概述',
      '1.1 编写目的',
      '本说明书描述系统的总体设计，供开发人员和测试人员在后续工作中参考使用，共分两个部分。',
      '2. 总体设计',
      '2.1 运行环境要求 Windows 10',
      '系统运行在普通办公电脑上，内存不少于8GB，安装完成后约占用2GB磁盘空间，可以离线使用。',
      '2.2 数据结构',
      '系统使用顺序表和链表两种结构保存文本，查找时采用常见的字符串匹配算法。',
      '',
    ].join('\n');
    const f = figs(text);
    assert.deepEqual(f.filter((x) => /^(1|1\.1|2|2\.1|2\.2|3|5)\|/.test(x)), [], f.join(' / '));
    assert.ok(f.includes('8GB|mass') || f.some((x) => x.startsWith('8GB')), f.join(' / '));
  });
  it('reads a contents list written as Markdown links as contents, its section numbers no counts', () => {
    const text = [
      '# 摘要',
      '',
      '本文研究某种检测方法，实验表明该方法在两个数据集上的准确率分别达到了84.75%和91.48%，效果良好。',
      '',
      '目　录',
      '',
      '[1. 引　言](#_Toc101)',
      '',
      '[1.1研究背景](#_Toc102)',
      '',
      '[1.2研究现状](#_Toc103)',
      '',
      '[2. 方法](#_Toc104)',
      '',
      '# 1. 引　言',
      '',
      '## 1.1研究背景',
      '',
      '随着技术的发展，伪造内容越来越逼真，给社会带来了新的风险，需要有效的检测方法。',
      '',
      '## 1.2研究现状',
      '',
      '已有方法主要依靠人工设计的特征，在逼真的样本上效果有限，仍有改进的空间。',
      '',
    ].join('\n');
    const f = figs(text, 'markdown');
    assert.deepEqual(f.filter((x) => /^(1\.1|1\.2|2)\|/.test(x)), [], f.join(' / '));
    assert.ok(f.includes('84.75%|percent'), f.join(' / '));
  });
});
