/**
 * What a converter of a received file (Word, PDF, saved web page) gives the rest of Gangmu: plain
 * text in reading order that the outline, figures and checks read as they read a `.txt`, plus the
 * structure the format itself states (Word heading styles and outline levels), which the outline
 * may use as strong evidence. Converters never throw: a file they cannot read gives one error code
 * the glue turns into one clear message in the user's language.
 */
export interface ConvertedText {
  /** The text, lines separated by `\n`. */
  text: string;
  /** Lines (0-based, into `text`) the format marks as headings, with the level it gives (1 = top). */
  headings?: { line: number; level: number }[];
  /** Things the user may want to know (e.g. "3 images left out"), phrased in English and 简体中文. */
  notes?: ConvertNote[];
}

/** A conversion note as the reader sees it, in each language the editor and the CLI speak. */
export interface ConvertNote {
  en: string;
  zh: string;
}

export type ConvertErrorCode = 'broken' | 'encrypted' | 'scanned' | 'too-large' | 'unsupported';

export interface ConvertError {
  code: ConvertErrorCode;
  /** Technical detail for the log (never shown as the message itself). */
  detail?: string;
}

export type ConvertResult = { ok: true; value: ConvertedText } | { ok: false; error: ConvertError };

export interface ConvertOptions {
  /** The file's name, for messages and format sniffing. */
  name: string;
  /** Files larger than this give `too-large`. */
  maxBytes?: number;
  /** Called now and then on long work (pages of a PDF, say). */
  onProgress?: (done: number, total: number) => void;
}

export type Converter = (bytes: Uint8Array, options: ConvertOptions) => Promise<ConvertResult>;
