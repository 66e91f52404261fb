/**
 * Turns a file's bytes into text the way VS Code would show it, or says clearly why it cannot.
 *
 * Chinese documents arrive as UTF-8 (with or without BOM), UTF-16 with a BOM (Windows Notepad's
 * "Unicode"), or GB18030/GBK (older Windows and government systems). The order matters: valid
 * UTF-8 is almost never valid-looking GBK by accident, while GB18030 accepts many byte strings,
 * so UTF-8 is tried first and GB18030 only when UTF-8 fails. Nothing else is normalised — the
 * BOM is dropped (editors hide it) but CRLF, tabs and odd spaces stay, so offsets match the editor.
 */
import { isUtf8, transcode } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A failure says why in English (`reason`) and in Chinese (`zh`), for a reader who asked for it. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string; zh: string };

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the caller has already stripped the BOM it detected; a second one is content.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes as a Buffer over the same memory (a worker's message turns Buffers into plain Uint8Arrays). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Strict UTF-8 faster than Node's own `readFileSync(f, 'utf8')`: a native (SIMD) validity check,
 * then one conversion (viaUtf16 for all but small texts, else `Buffer.toString`), with no copy in between. `TextDecoder` with
 * `fatal` gives the same string but validates in a slower path (a quarter of a whole CLI run on a
 * 28 MB file). Valid UTF-8 makes both return identical strings (a BOM inside is kept as content by
 * both); invalid UTF-8 returns null, never U+FFFD. Node older than 18.14 lacks `isUtf8`: TextDecoder.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (typeof isUtf8 !== 'function') return strict('utf-8', bytes);
  if (!isUtf8(bytes)) return null;
  const buf = asBuffer(bytes);
  if (buf.length >= TRANSCODE_MIN) {
    const text = viaUtf16(buf);
    if (text !== null) return text;
  }
  return buf.toString('utf8');
}

/** Below this many bytes V8's own conversion is quick enough; above it the native transcoder wins. */
const TRANSCODE_MIN = 1 << 16;

/**
 * Valid UTF-8 to a string through Node's native transcoder to UTF-16 and a UTF-16 read (issue 10):
 * on a 28 MB Chinese text about 25 ms where `Buffer.toString('utf8')` (V8's own decoder, the one
 * `readFileSync(f, 'utf8')` pays) takes about 90 ms. The string is the same (the input was checked
 * first); only its inner form may differ: two-byte where V8 would have made a one-byte string of
 * Latin-1 text, and above about 1 MB held outside V8's heap (Node's external strings; the engine
 * reads one as fast: parseOutline and extractFigures on the seed x300, warm, 1.00x). All-ASCII
 * text is read as Latin-1, byte for byte. Null when there is no transcoder (Node without ICU) or
 * it fails: the caller then uses V8's decoder.
 */
function viaUtf16(buf: Buffer): string | null {
  if (typeof transcode !== 'function') return null;
  try {
    const utf16 = transcode(buf, 'utf8', 'ucs2');
    if (utf16.length !== buf.length * 2) return utf16.toString('ucs2');
    // one UTF-16 unit per byte: every byte was ASCII
    return buf.toString('latin1');
  } catch {
    return null;
  }
}

/** A NUL byte never occurs in UTF-8 or GB18030 text; it marks a binary file (or BOM-less UTF-16). */
function hasNul(bytes: Uint8Array): boolean {
  return asBuffer(bytes).indexOf(0) !== -1; // Buffer's indexOf is a native memchr
}

/** Control characters other than tab, line breaks, form feed and escape are a sign of binary data. */
function looksBinary(text: string): boolean {
  let controls = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27 && c !== 11) controls++;
  }
  return controls > 0 && controls * 100 > n;
}

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return decodeBytes(bytes);
  } catch {
    // A string longer than the engine allows (about 512M UTF-16 units): say so, never crash.
    return { ok: false, reason: 'too large to decode as one text', zh: '文件太大，无法作为一段文本解码' };
  }
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    return text === null
      ? { ok: false, reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8', zh: '以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8' }
      : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    const text = body.length % 2 === 0 ? strict(encoding, body) : null;
    return text === null
      ? {
          ok: false,
          reason: `starts with a ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} byte-order mark but is not valid UTF-16`,
          zh: `以 ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} 字节顺序标记开头，但不是有效的 UTF-16`,
        }
      : { ok: true, text, encoding };
  }
  if (hasNul(bytes)) {
    return { ok: false, reason: 'binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)', zh: '二进制文件（含 NUL 字节；UTF-16 文本须带字节顺序标记）' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    return looksBinary(utf8) ? { ok: false, reason: 'binary file (control characters)', zh: '二进制文件（含控制字符）' } : { ok: true, text: utf8, encoding: 'utf-8' };
  }
  const gb = strict('gb18030', bytes);
  if (gb !== null && !looksBinary(gb)) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: 'not valid UTF-8, UTF-16 (with BOM) or GB18030/GBK text; convert it to UTF-8', zh: '不是有效的 UTF-8、UTF-16（带 BOM）或 GB18030/GBK 文本，请转换为 UTF-8' };
}
