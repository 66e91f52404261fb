/**
 * Which converter reads a file, and loading it only when such a file is opened: each converter is
 * bundled as its own file beside the caller (`dist/convert-docx.js`, `dist/convert-pdf.js`,
 * `dist/convert-html.js`), so the extension's activation and the plain-text path never load them.
 * Used by the VS Code glue's conversion worker and by the command line.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConvertResult, ConvertOptions, Converter } from './types';
import { MAX_BYTES } from './limits';

export type ConvertKind = 'docx' | 'pdf' | 'html';

const EXPORT_NAME: Record<ConvertKind, string> = { docx: 'convertDocx', pdf: 'convertPdf', html: 'convertHtml' };

/** The converter for a file name (`报告.docx` → docx), or undefined for text files. */
export function convertKindOf(name: string): ConvertKind | undefined {
  const m = /\.([A-Za-z]+)$/.exec(name);
  switch (m?.[1].toLowerCase()) {
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    case 'html':
    case 'htm':
      return 'html';
    default:
      return undefined;
  }
}

/** Kind names as people say them, for messages. */
export const KIND_LABEL: Record<ConvertKind, string> = { docx: 'Word (.docx)', pdf: 'PDF', html: 'HTML' };

/** Files larger than this are not converted (the one table: limits.ts). */
export const DEFAULT_MAX_BYTES = MAX_BYTES;

/** A `require` the bundler leaves alone: the converter bundles are loaded at run time. */
const runtimeRequire = createRequire(__filename);

/** The converter of `kind`, from its bundle in `dir` (the folder of the running bundle by default). */
export function loadConverter(kind: ConvertKind, dir: string = __dirname): Converter {
  const mod = runtimeRequire(join(dir, `convert-${kind}.js`)) as Record<string, Converter>;
  const fn = mod[EXPORT_NAME[kind]];
  if (typeof fn !== 'function') throw new Error(`convert-${kind}.js has no ${EXPORT_NAME[kind]}`);
  return fn;
}

/** Converts with the bundled converter; a converter that cannot be loaded or throws gives `unsupported`/`broken`. */
export async function convertFile(kind: ConvertKind, bytes: Uint8Array, options: ConvertOptions, dir?: string): Promise<ConvertResult> {
  let fn: Converter;
  try {
    fn = loadConverter(kind, dir);
  } catch (e) {
    return { ok: false, error: { code: 'unsupported', detail: e instanceof Error ? e.message : String(e) } };
  }
  try {
    return await fn(bytes, { maxBytes: DEFAULT_MAX_BYTES[kind], ...options });
  } catch (e) {
    return { ok: false, error: { code: 'broken', detail: e instanceof Error ? e.message : String(e) } };
  }
}
