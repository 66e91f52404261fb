import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { parseOutline } from '../../src/core/outline';
import { scriptProseRanges } from '../../src/core/figures/scriptProse';

/** A page component holding a speech as a string constant (our own text). */
const PAGE = [
  '<template>',
  '  <div class="box" style="width: 300px"></div>',
  '</template>',
  '<script>',
  '// 引入样式，组件会根据type生成class',
  'const speech =',
  "  '同志们：这次培训班开办仅一年，已经培训学员3000人次，课程满意度达到96%。明年是学院成立十周年，我们要把这件事办得更好，为今后的工作打下坚实的基础。'",
  'export default {',
  '  data() { return { page: 2, size: 20, label: "第1页" } },',
  '  methods: { top() { if (this.scrollTop == 0) this.offset = 12 } }',
  '}',
  '</script>',
  '<style>.box { margin: 8px }</style>',
].join('\n');

describe('prose held as a string in a page script', () => {
  it('reads the figures of a Chinese prose literal and none of the script logic', () => {
    const figs = extractFigures(PAGE, parseOutline(PAGE));
    const texts = figs.map((f) => f.text);
    assert.ok(texts.includes('一年'));
    assert.ok(texts.includes('3000人次'));
    assert.ok(texts.includes('96%'));
    for (const code of ['2', '20', '0', '12', '300px', '8px', '1']) assert.ok(!texts.includes(code), code);
  });

  it('leaves short labels and messages hidden', () => {
    const text = "<script>\nalert('请输入6位数字的验证码，共3次机会');\nvar t = \"第2页\";\n</script>\n";
    assert.deepEqual(scriptProseRanges(text, text.indexOf('>') + 1, text.indexOf('</script')), []);
    assert.equal(extractFigures(text, parseOutline(text)).length, 0);
  });

  it('follows quotes inside comments and escapes', () => {
    const body = "// it's a note\nconst s = 'a\\'b';\nconst t = `" + '这是一段很长的文字，'.repeat(6) + '共有5个部分。`;\n';
    const r = scriptProseRanges(body, 0, body.length);
    assert.equal(r.length, 1);
    assert.ok(body.slice(r[0][0], r[0][1]).endsWith('共有5个部分。'));
  });
});
