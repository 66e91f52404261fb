import type { Converter } from './types';

/** Placeholder until the pdf converter lands (issue 11): says the format is not read yet. */
export const convertPdf: Converter = async () => ({ ok: false, error: { code: 'unsupported', detail: 'pdf converter not built yet' } });
