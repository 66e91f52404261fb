/** STUB — figure extraction throughput against Recognizers-Text. */
export async function benchFigures(): Promise<void> {}
