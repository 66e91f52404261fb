import type { GoldDoc } from './corpus';
/** STUB — the figures engine's scorer. */
export async function evalFigures(_docs: GoldDoc[]): Promise<void> {}
