/** STUB — outline throughput against markdown-it and remark-parse. */
export async function benchOutline(): Promise<void> {}
