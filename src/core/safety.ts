/**
 * The engines' safety nets: `parseOutline`, `extractFigures`, `checkNumbering` and the Markdown
 * parser catch every exception and answer empty, so that a bug never takes the editor down. In
 * tests a net would turn a bug into a quiet empty answer; `setSafetyNets(false)` makes every net
 * rethrow instead, so property and fuzz tests see the exception itself.
 */

let nets = true;

/** Turns the catch-alls on (the default, for users) or off (tests: a caught exception is rethrown). */
export function setSafetyNets(on: boolean): void {
  nets = on;
}

export function safetyNetsOn(): boolean {
  return nets;
}

/** Called in a catch-all: rethrows the error when the nets are off, else returns so the caller answers safely. */
export function caught(error: unknown): void {
  if (!nets) throw error;
}
