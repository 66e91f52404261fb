/**
 * Code's braces, counted: the end of a template literal's substitution (`${…}`), of a Razor block
 * (`@{ … }`), wherever a reader must skip a piece of code written between braces.
 */

/**
 * The index of the `}` that closes the `{` at `open`, braces inside counted, read no further than
 * `limit`; -1 when it does not close before `limit`. Linear in `limit - open`.
 */
export function closingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let k = open; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return k;
  }
  return -1;
}
