import type { ConvertKind } from './load';

/**
 * The one table of size caps on the files the converters read: a larger file is `too-large` before
 * any work (`guardedConverter`). The editor and the command line pass these as `maxBytes` and name
 * them in the message; a converter called without `maxBytes` uses them too. A module of its own,
 * without code, so that each converter's bundle takes the table and nothing of the loader.
 */
export const MAX_BYTES: Record<ConvertKind, number> = { docx: 64 << 20, pdf: 200 << 20, html: 32 << 20 };
