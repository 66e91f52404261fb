import { strict as assert } from 'assert';
import { extractFigures, parseOutline } from '../../src/core';

// Invented Markdown notes written with reference-style pictures and links (CommonMark): the labels
// and the definition lines are markup, never shown, so they give no figure.
const figs = (t: string): string[] => extractFigures(t, parseOutline(t, { format: 'markdown' })).map((f) => f.text);

describe('figures: Markdown reference labels and definitions (mdReferences.ts)', () => {
  it('drops a numbered picture label, its alt text and its definition, keeping the prose', () => {
    const t = ['# 某市普查要点', '', '## 一. 工业', '', '![企业数量1][031]', '![企业数量2][032]', '',
      '全市工业企业达到1250家，比上年增长6.5%。', '', '[031]: https://example.org/img/031.png', '[032]: https://example.org/img/032.png "第二张"', ''].join('\n');
    assert.deepEqual(figs(t), ['1250家', '6.5%']);
  });

  it('keeps the figures of a reference link\'s text and drops only its label', () => {
    const t = '# 说明\n\n调查共回收[320份问卷][7]，有效率95%。\n\n[7]: ./data/survey.csv\n';
    assert.deepEqual(figs(t), ['320份', '95%']);
  });

  it('reads a transcript\'s bracketed speaker line as text, not a definition', () => {
    const t = '[主持人]:今天到场的有200位嘉宾。\n[嘉宾]: 去年我们完成了12个项目。\n';
    assert.deepEqual(figs(t), ['200位', '12个']);
  });
});
