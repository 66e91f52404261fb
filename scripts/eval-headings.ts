import type { GoldDoc } from './corpus';
/** STUB — the outline engine's scorer. */
export async function evalHeadings(_docs: GoldDoc[]): Promise<void> {}
