import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

// Invented pages and records (our own words): a page source whose headline stands in a block that
// is no heading tag, and a script's data module holding one meeting's record.
function heads(text: string): Array<[number, string, string]> {
  const line = (pos: number): number => text.slice(0, pos).split('\n').length;
  return parseOutline(text).headings.map((h) => [line(h.start), h.marker, h.title]);
}

const PARAS = [
  '<p>　　本报讯 3月5日上午，某某县召开全县春耕生产工作推进会，总结去年工作，部署今年任务。会议指出，要压实责任，抓好农资供应和技术服务，确保春耕生产有序推进。</p>',
  '<p>　　会议要求，各乡镇要加强田间管理，做好病虫害防治，及时协调解决群众生产中的困难和问题，为全年粮食丰收打下坚实基础。</p>',
];

describe('pages53: a page source\'s headline in a block that is no heading tag', () => {
  it('takes the article\'s title block under the chrome, not the browser\'s <title> in the hidden head', () => {
    const text = [
      '<%@ page contentType="text/html;charset=utf-8"%>',
      '<%',
      'String base = request.getContextPath();',
      '%>',
      '<!DOCTYPE html>',
      '<html>',
      '<head>',
      '<meta charset="utf-8" />',
      '<title>某某县召开春耕生产工作推进会</title>',
      '</head>',
      '<body>',
      '<div class="top"><a href="#">设为首页</a> | <a href="#">加入收藏</a></div>',
      '<div class="crumb">当前位置：首页 > 新闻 > 正文</div>',
      '<div class="article_title">某某县召开春耕生产工作推进会</div>',
      '<div class="article_other">2024年3月5日 10:20  来源：某某日报</div>',
      '<div class="article_text">',
      ...PARAS,
      '</div>',
      '</body>',
      '</html>',
    ].join('\n');
    assert.deepEqual(heads(text), [[14, '', '某某县召开春耕生产工作推进会']]);
  });
  it('takes a template page\'s headline right over its 发稿时间 bar, the <title> left empty', () => {
    const text = [
      '<!DOCTYPE html>',
      '<html>',
      '<head>',
      '<title></title>',
      '</head>',
      '<body>',
      '<div id="main">',
      '  <div class="logo"><img src="logo.png"></div>',
      '  <div class="newst">某某县春耕生产推进会顺利召开！</div>',
      '  <div class="newsd"> 发稿时间：2024/3/5',
      '  </div>',
      '  <div class="newsc">',
      ...PARAS,
      '  </div>',
      '</div>',
      '</body>',
      '</html>',
    ].join('\n');
    assert.deepEqual(heads(text), [[9, '', '某某县春耕生产推进会顺利召开！']]);
  });
  it('leaves the crumb\'s label alone when the page\'s own <h1> heads it', () => {
    const text = [
      '<!DOCTYPE html>',
      '<html>',
      '<head><title>某某县召开春耕生产工作推进会-某某网</title></head>',
      '<body>',
      '<ol class="breadcrumb">',
      '  <li>你的位置</li>',
      '  <li><a href="index.php">首页</a></li>',
      '</ol>',
      '<h1 class="title">某某县召开春耕生产工作推进会</h1>',
      '<div class="info"><span>2024-03-05 10:20:00</span></div>',
      ...PARAS,
      '</body>',
      '</html>',
    ].join('\n');
    assert.deepEqual(heads(text), [[9, '', '某某县召开春耕生产工作推进会']]);
  });
});

describe('pages53: a script\'s data module holding one record', () => {
  const record = (title: string): string => [
    'module.exports = {',
    `"title": "${title}",`,
    '"date": "2024/03/05",',
    '"venue": "某某会议室",',
    '"topic": "一、审查某某条例修正草案(一)某某等人提案(二)某某等人提案",',
    '"sayings": [',
    '  {',
    '    "index": 1,',
    '    "speaker": "某甲",',
    '    "paragraph": "主席、各位同仁。针对这次提出的修正草案，请问主管机关的立场如何？这个问题关系到很多人的切身利益，社会上也有不少讨论，有人赞成，有人反对，希望主管机关能够把立场和理由说明清楚，让大家了解。"',
    '  },',
    '  {',
    '    "index": 2,',
    '    "speaker": "某乙",',
    '    "paragraph": "谢谢委员的关心。我们原则上尊重各方意见，但是在具体条文上还需要进一步研究，会在下次会议前提出书面说明，供大家参考。对于委员提到的几点疑虑，我们也会逐一研究，听取专家学者和社会各界的意见，再作出审慎的决定。"',
    '  }',
    ']',
    '};',
  ].join('\n');
  it('reads its title field as the record\'s title, its trailing blank left out', () => {
    assert.deepEqual(heads(record('某某委员会第5次全体委员会议纪录 ')), [[2, '', '某某委员会第5次全体委员会议纪录']]);
  });
  it('leaves a module of settings alone: no field holds prose', () => {
    const text = ['module.exports = {', '"title": "某某博客",', '"description": "记录学习与生活",', '"dest": "dist"', '};'].join('\n');
    assert.deepEqual(heads(text), []);
  });
});
