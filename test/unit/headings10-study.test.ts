import * as assert from 'node:assert/strict';
import { parseOutline } from '../../src/core/outline';

/** `level marker title` of every heading the outline gives, in order. */
function rows(text: string, format: 'plain' | 'markdown' = 'markdown'): string[] {
  return parseOutline(text, { format }).headings.map((h) => `${h.level} ${h.marker}${h.title}`);
}

describe('headings of web copies (study of holdout10)', () => {
  it('reads markers after an indent written with entities (&emsp;&emsp;（一）) as after 　　', () => {
    const md = [
      '## 关于做好社区绿化工作的通知', '',
      '### &emsp;&emsp;一、总体要求', '',
      '&emsp;&emsp;(一)指导思想。坚持绿色发展，建设美丽社区。', '',
      '&emsp;&emsp;(二)主要目标。到明年底，每个社区都有一处小游园。', '',
      '### &emsp;&emsp;二、主要任务', '',
      '&emsp;&emsp;1.种好行道树。各街道要补齐缺株。', '',
      '&nbsp;&nbsp;2.管好绿地。物业要定期修剪。', '',
    ].join('\n');
    assert.deepEqual(rows(md), [
      '1 关于做好社区绿化工作的通知', '2 一、总体要求', '3 (一)指导思想', '3 (二)主要目标', '2 二、主要任务', '3 1.种好行道树', '3 2.管好绿地',
    ]);
    // the same text indented with ideographic spaces gives the same outline
    assert.deepEqual(rows(md.replace(/&emsp;|&nbsp;/g, '\u3000')), rows(md));
  });
});
