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
  it('reads large UTF-8 (the native transcoding path) exactly as V8 decodes it', () => {
    // above the size where the transcoder is used: Chinese, astral characters, a BOM inside, Latin-1, CRLF
    const text = ('第一章　总则\r\n增长5.2%，𠀀😀 café \uFEFF\u2028。\n').repeat(4000);
    const bytes = new TextEncoder().encode(text);
    assert.ok(bytes.length > 1 << 16);
    assert.deepEqual(ok(bytes), { ok: true, text, encoding: 'utf-8' });
    assert.equal(ok(concat([0xef, 0xbb, 0xbf], bytes)).text, text);
    // above about 1 MB Node holds the string outside V8's heap: the same text
    const big = text.repeat(8);
    assert.equal(ok(new TextEncoder().encode(big)).text, big);
    // invalid UTF-8 late in a large file is still refused as UTF-8 (read as GB18030 or refused, never U+FFFD)
    const bad = decodeText(concat(bytes, [0xff, 0xfe, 0xfd]));
    assert.ok(!bad.ok || (bad.encoding !== 'utf-8' && !bad.text.includes('\uFFFD')));
  });

  it('reads large all-ASCII UTF-8 byte for byte', () => {
    const text = 'Chapter 1. General\r\n\tGrowth 5.2%.\n'.repeat(3000);
    assert.deepEqual(ok(new TextEncoder().encode(text)), { ok: true, text, encoding: 'utf-8' });
  });

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

  describe('the fast UTF-8 path (native check, then one conversion)', () => {
    /** What the strict TextDecoder gives (the path before): the reference for every valid input. */
    function reference(bytes: Uint8Array): string {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }

    it('gives exactly what the strict TextDecoder gives, on every kind of character', () => {
      // ASCII, Latin-1, CJK, full-width forms, a BOM in the middle, noncharacters, astral characters.
      const pieces = ['abc', 'é', '一、', '（二）', '\uFEFF', '\uFFFF', '\uFFFE', '😀', '\u{10FFFF}', '\r\n', '\t', '中文7.5%'];
      let seed = 7;
      const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
      for (let round = 0; round < 200; round++) {
        let s = '';
        const n = rnd(40);
        for (let k = 0; k < n; k++) s += pieces[rnd(pieces.length)];
        const bytes = new TextEncoder().encode(s);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) continue; // a leading BOM is a mark, tested above
        const d = ok(bytes);
        assert.equal(d.text, reference(bytes), JSON.stringify(s));
        assert.equal(d.text, s);
        assert.equal(d.encoding, 'utf-8');
      }
    });

    it('decodes only its own window of a larger buffer (as a worker receives the bytes)', () => {
      const whole = new TextEncoder().encode('前缀一、总体要求后缀');
      const window = new Uint8Array(whole.buffer, 6, 12); // the 12 bytes of 一、总体, after 前缀
      assert.ok(!Buffer.isBuffer(window));
      assert.equal(ok(window).text, '一、总体');
      assert.equal(ok(Buffer.from(whole.buffer, 6, 12)).text, '一、总体');
    });

    it('a long document decodes to the same string as before', () => {
      const line = '一、加快发展方式转变。全年增长5.2%，投资70.6亿元。Ünïcödé 😀\n';
      const text = line.repeat(20_000); // about 1.6 MB
      const bytes = new TextEncoder().encode(text);
      assert.equal(ok(bytes).text, reference(bytes));
    });

    it('never replaces invalid UTF-8 with U+FFFD: overlong forms, encoded surrogates, cut sequences', () => {
      const bad = [
        [0xc0, 0xaf], // overlong '/'
        [0xe0, 0x80, 0xaf], // overlong
        [0xed, 0xa0, 0x80], // an encoded surrogate (CESU-8)
        [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xe4, 0xb8], // 中 cut short
        [0x41, 0xff, 0x41],
      ];
      for (const b of bad) {
        const d = decodeText(new Uint8Array(b));
        // Either refused or read as GB18030, never as UTF-8 with replacement characters.
        if (d.ok) {
          assert.equal(d.encoding, 'gb18030', JSON.stringify(b));
          assert.ok(!d.text.includes('\uFFFD'), JSON.stringify(b));
        }
      }
      const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x41]));
      assert.ok(!bom.ok, 'broken UTF-8 behind a UTF-8 BOM is refused, not read as GB18030');
    });

    it('a BOM at the start is dropped, a BOM after it is content, in long texts too', () => {
      const body = new TextEncoder().encode('\uFEFF二、' + '正文。'.repeat(10_000));
      const d = ok(concat([0xef, 0xbb, 0xbf], body));
      assert.equal(d.encoding, 'utf-8-bom');
      assert.equal(d.text.charCodeAt(0), 0xfeff);
      assert.equal(d.text.length, 3 + 30_000);
    });

    it('GB18030 text that is not UTF-8 still goes to GB18030, UTF-16 with a lone surrogate is still refused', () => {
      // 一、总体 in GBK: D2 BB A1 A2 D7 DC CC E5
      assert.deepEqual(ok(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5])), { ok: true, text: '一、总体', encoding: 'gb18030' });
      assert.ok(!decodeText(new Uint8Array([0xfe, 0xff, 0xdc, 0x00, 0x00, 0x41])).ok, 'lone low surrogate, BE');
    });
  });
});
