import type { Converter } from './types';

/** Placeholder until the html converter lands (issue 11): says the format is not read yet. */
export const convertHtml: Converter = async () => ({ ok: false, error: { code: 'unsupported', detail: 'html converter not built yet' } });
