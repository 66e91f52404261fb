/**
 * The one-thread CLI hands stdout UTF-8 bytes encoded piece by piece (cliJob's byte sink) instead
 * of strings. The bytes must be exactly what the string output encodes to, in every mode, across
 * batch boundaries, for CJK text, characters outside the BMP and a lone surrogate.
 */
import { strict as assert } from 'node:assert';
import { runJob, type JobOptions } from '../../src/cliJob';

// Invented text: numbered parts with figures; a title with 𠀀 (outside the BMP) and one with a lone surrogate.
function doc(parts: number): string {
  const out: string[] = ['示范区建设情况汇编', ''];
  for (let i = 1; i <= parts; i++) {
    out.push(`${i}. 第${i}项工作𠀀进展${i % 7 === 0 ? '\ud800' : ''}`);
    out.push(`本项完成投资${i}.5亿元，同比增长${(i % 30) + 0.5}%，新建项目${i * 3}个。`);
  }
  return out.join('\n') + '\n';
}

function run(text: string, opts: Partial<JobOptions>, viaBytes: boolean): { bytes: Buffer; batches: number } {
  const input = { name: 'doc.txt', bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
  const o: JobOptions = { command: 'outline', mode: 'json', lang: 'en', multi: false, noCorrections: true, ...opts };
  if (!viaBytes) {
    const r = runJob(input, o);
    assert.equal(r.failed, false);
    return { bytes: Buffer.from(r.out, 'utf8'), batches: 0 };
  }
  const got: Buffer[] = [];
  const r = runJob(input, o, undefined, (b) => got.push(Buffer.from(b)));
  assert.equal(r.failed, false);
  assert.equal(r.out, '', 'streamed output is not also returned');
  return { bytes: Buffer.concat(got), batches: got.length };
}

describe('CLI byte output', () => {
  const cases: Array<[string, Partial<JobOptions>]> = [
    ['outline --json', { command: 'outline', mode: 'json' }],
    ['outline (text)', { command: 'outline', mode: 'text' }],
    ['outline --markdown', { command: 'outline', mode: 'markdown' }],
    ['figures --json', { command: 'figures', mode: 'json' }],
    ['figures (table, written whole)', { command: 'figures', mode: 'text' }],
    ['figures --csv', { command: 'figures', mode: 'csv' }],
    ['check --json', { command: 'check', mode: 'json' }],
  ];
  for (const [name, opts] of cases) {
    it(`${name}: the same bytes as the string output, small and over many batches`, () => {
      for (const parts of [3, 4000]) {
        const text = doc(parts);
        const s = run(text, opts, false);
        const b = run(text, opts, true);
        assert.ok(s.bytes.length > 0);
        assert.ok(b.bytes.equals(s.bytes), `${name}, ${parts} parts: bytes differ`);
        // (the figures table is laid out whole: one piece, larger than a batch, handed on as it is)
        if (parts > 3 && s.bytes.length > 1 << 18 && !name.startsWith('figures (table')) assert.ok(b.batches > 1, `${name}: ${s.bytes.length} bytes came in ${b.batches} batch`);
      }
    });
  }
});
