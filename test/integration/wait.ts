/**
 * Waiting inside the extension host, for every integration suite: VS Code answers providers,
 * webviews and file watchers when it gets to them, so tests poll until what they expect is there,
 * and fail with what they waited for (and the last value seen) instead of a bare timeout.
 */
import * as assert from 'node:assert/strict';

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `get` every `every` ms until `ok` holds of its value, and returns that value; fails after `ms`. */
export async function until<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, ms = 20_000, every = 50): Promise<T> {
  const end = Date.now() + ms;
  let last: T = await get();
  while (!ok(last)) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await sleep(every);
    last = await get();
  }
  return last;
}

/** Polls `get` until it gives a value (anything but undefined, null, false, 0 or ''), and returns it; fails after `ms`. */
export async function waitFor<T>(get: () => T | undefined | null | false, what: string, ms = 10_000): Promise<T> {
  return (await until(what, get, (v) => !!v, ms)) as T;
}
