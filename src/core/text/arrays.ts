/**
 * `target.push(...items)` without the spread: a spread passes one argument per item, and V8's call
 * stack overflows at about 120,000 of them (a long document's findings, a dump's records), which
 * the core must never throw.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
