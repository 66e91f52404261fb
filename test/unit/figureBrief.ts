/** How the figure suites write what the engine found: one string per figure, easy to compare and to read in a diff. */
import { extractFigures } from '../../src/core/figures';

/** `text|value|unit|kind` per figure, in order. */
export function brief(text: string): string[] {
  return extractFigures(text).map((f) => `${f.text}|${JSON.stringify(f.value)}|${f.unit}|${f.kind}`);
}

/** The figures' texts as written, in order. */
export function texts(text: string): string[] {
  return extractFigures(text).map((f) => f.text);
}
