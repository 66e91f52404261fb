import type { Converter } from './types';

/** Placeholder until the docx converter lands (issue 11): says the format is not read yet. */
export const convertDocx: Converter = async () => ({ ok: false, error: { code: 'unsupported', detail: 'docx converter not built yet' } });
