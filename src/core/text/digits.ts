/** Digit tests by UTF-16 code (`text.charCodeAt(k)`: NaN past the end is no digit). */

/** `0`–`9`. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Full-width `０`–`９`. */
export function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}
/** An ASCII or a full-width digit. */
export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
