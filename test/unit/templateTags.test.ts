import { strict as assert } from 'assert';
import { extractFigures, parseOutline } from '../../src/core';

// Invented pages of a site generator: its shortcodes and template statements are markup.
const figs = (t: string): string[] => extractFigures(t, parseOutline(t)).map((f) => f.text);

describe('figures: template tags are markup (templateTags.ts)', () => {
  it('drops figures inside Hugo shortcodes and Liquid/Jinja statements, keeping the text between', () => {
    const t = [
      '{{< track-segment start="00:00:05.280" end="00:00:09.430" >}}',
      '{{< styled-paragraph class="lang-cn" >}}访谈那年，学校已有150年历史。{{< /styled-paragraph >}}',
      '{{% note level=2 %}}参加的学生共32人。{{% /note %}}',
      '{% include figure.html width="80%" src="pic-12.png" %}',
    ].join('\n');
    assert.deepEqual(figs(t), ['150年', '32人']);
  });

  it('keeps figures inside a format string\'s doubled braces, which a reader of the file reads', () => {
    assert.deepEqual(figs('例如：{{"2031年一般公共预算收入": {{"value": "5亿元"}}}}\n'), ['2031年', '5亿元']);
  });
});
