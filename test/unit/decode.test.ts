import { strict as assert } from 'node:assert';
import { decodeText } from '../../src/textDecode';

const SAMPLE = '一、总体要求\r\n（一）增长5.2%。😀\n';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let k = 0;
  const put = (u: number): void => {
    out[k++] = bigEndian ? u >> 8 : u & 0xff;
    out[k++] = bigEndian ? u & 0xff : u >> 8;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let k = 0;
  for (const a of arrays) {
    out.set(a, k);
    k += a.length;
  }
  return out;
}

function ok(bytes: Uint8Array): { text: string; encoding: string } {
  const d = decodeText(bytes);
  assert.ok(d.ok, d.ok ? '' : d.reason);
  return d;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    assert.deepEqual(ok(new TextEncoder().encode(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and keeps everything else, CRLF included', () => {
    const d = ok(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(SAMPLE)));
    assert.equal(d.text, SAMPLE);
    assert.equal(d.encoding, 'utf-8-bom');
  });

  it('keeps a second BOM as content (only the leading one is a mark)', () => {
    const d = ok(concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], new TextEncoder().encode('甲')));
    assert.equal(d.text, '\uFEFF甲');
  });

  it('reads UTF-16 LE and BE with a BOM, surrogate pairs intact', () => {
    assert.equal(ok(utf16(SAMPLE, false)).text, SAMPLE);
    assert.equal(ok(utf16(SAMPLE, false)).encoding, 'utf-16le');
    assert.equal(ok(utf16(SAMPLE, true)).text, SAMPLE);
    assert.equal(ok(utf16(SAMPLE, true)).encoding, 'utf-16be');
  });

  it('reads GBK bytes as GB18030 (中文 = D6 D0 CE C4)', () => {
    const d = ok(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x0d, 0x0a, 0x31, 0x2e]));
    assert.equal(d.text, '中文\r\n1.');
    assert.equal(d.encoding, 'gb18030');
  });

  it('reads GB18030 four-byte sequences (€ = A2 E3, 😀 = 94 39 FC 36)', () => {
    assert.equal(ok(new Uint8Array([0xa2, 0xe3])).text, '€');
    assert.equal(ok(new Uint8Array([0x94, 0x39, 0xfc, 0x36])).text, '😀');
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    // 中 in UTF-8 (E4 B8 AD) is also a valid-looking GB18030 pair sequence; UTF-8 must win.
    assert.equal(ok(new Uint8Array([0xe4, 0xb8, 0xad])).text, '中');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, with a reason', () => {
    const d = decodeText(new Uint8Array([0x81, 0x20, 0x41]));
    assert.ok(!d.ok);
    assert.match(d.reason, /not valid UTF-8.*GB18030/);
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const d = decodeText(png);
    assert.ok(!d.ok);
    assert.match(d.reason, /binary/);
    const controls = decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 0x41]));
    assert.ok(!controls.ok);
    assert.match(controls.reason, /binary/);
  });

  it('refuses UTF-16 without a BOM as binary rather than guessing', () => {
    const d = decodeText(utf16('一、总体', false, false));
    assert.ok(!d.ok);
  });

  it('refuses broken text behind a BOM instead of replacing characters', () => {
    assert.ok(!decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])).ok);
    assert.ok(!decodeText(new Uint8Array([0xff, 0xfe, 0x41])).ok, 'odd length UTF-16');
    assert.ok(!decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])).ok, 'lone surrogate');
  });

  it('reads an empty file as empty text', () => {
    assert.equal(ok(new Uint8Array(0)).text, '');
  });
});
