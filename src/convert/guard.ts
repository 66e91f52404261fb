import type { ConvertOptions, ConvertResult, Converter } from './types';

/**
 * A converter as the contract wants it: a file over the size cap is `too-large` before any work, and
 * anything the format's library throws on a file it cannot read becomes `broken` (with the library's
 * words kept for the log) instead of an exception.
 */
export function guardedConverter(convert: (bytes: Uint8Array, options: ConvertOptions) => Promise<ConvertResult>, defaultMaxBytes: number): Converter {
  return async (bytes, options) => {
    const max = options.maxBytes ?? defaultMaxBytes;
    if (bytes.length > max) return { ok: false, error: { code: 'too-large', detail: `${bytes.length} bytes, more than ${max}` } };
    try {
      return await convert(bytes, options);
    } catch (e) {
      return { ok: false, error: { code: 'broken', detail: String((e as Error)?.message ?? e) } };
    }
  };
}
